<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH" sourcelanguage="en">
<context>
    <name>AboardTab</name>
    <message>
        <location filename="../piu_desk/ui/records/port_call_tabs.py" line="+80"/>
        <source>No person has been recorded as found aboard.</source>
        <translation>មិនទាន់មានបុគ្គលណាត្រូវបានកត់ត្រាថារកឃើញនៅលើនាវាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard…</source>
        <translation>បុគ្គលដែលរកឃើញនៅលើនាវា…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age or date of birth</source>
        <translation>អាយុ ឬថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where and how found</source>
        <translation>កន្លែង និងរបៀបដែលរកឃើញ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Flags</source>
        <translation>ភាពងាយរងគ្រោះ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>about %1</source>
        <translation>ប្រហែល %1</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_acceptance.py" line="+48"/>
        <source>Items:</source>
        <translation>សម្ភារៈ៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form to sign:</source>
        <translation>ទម្រង់ត្រូវចុះហត្ថលេខា៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by:</source>
        <translation>ចុះហត្ថលេខាដោយ៖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acceptance by the recipient</source>
        <translation>ការបញ្ជាក់ការទទួលដោយអ្នកទទួល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued to {holder}. Print the acceptance form and have it signed; then record the acceptance. Choose Later if the form is not signed yet.</source>
        <translation>បានបើកផ្តល់ជូន {holder}។ សូមបោះពុម្ពទម្រង់បញ្ជាក់ការទទួល ហើយឲ្យគេចុះហត្ថលេខា រួចកត់ត្រាការបញ្ជាក់ការទទួល។ សូមជ្រើសរើស «ពេលក្រោយ» ប្រសិនបើទម្រង់មិនទាន់បានចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print acceptance form…</source>
        <translation>បោះពុម្ពទម្រង់បញ្ជាក់ការទទួល…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the person who signed</source>
        <translation>ឈ្មោះអ្នកដែលបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record acceptance</source>
        <translation>កត់ត្រាការបញ្ជាក់ការទទួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>ពេលក្រោយ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the acceptance form…</source>
        <translation>កំពុងរៀបចំទម្រង់បញ្ជាក់ការទទួល…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../piu_desk/core/accounts.py" line="+42"/>
        <source>add account</source>
        <translation>បន្ថែមគណនី</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>change roles</source>
        <translation>ប្តូរតួនាទី</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+124"/>
        <source>edit account</source>
        <translation>កែប្រែគណនី</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>disable account</source>
        <translation>បិទគណនី</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>enable account</source>
        <translation>បើកគណនី</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reset password</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>rotate data key</source>
        <translation>ប្តូរសោទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>recovery key</source>
        <translation>សោស្តារ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/desk.py" line="+376"/>
        <location filename="../piu_desk/core/records/sources.py" line="+71"/>
        <location line="+17"/>
        <location line="+21"/>
        <location line="+15"/>
        <location line="+13"/>
        <source>source register</source>
        <translation>បញ្ជីប្រភពព័ត៌មាន</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <location filename="../piu_desk/core/records/tipoffs.py" line="+207"/>
        <source>settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>audit trail</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accounts</source>
        <translation>គណនី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/maintenance.py" line="+35"/>
        <source>integrity check</source>
        <translation>ការពិនិត្យភាពត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>backup</source>
        <translation>ការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>restore</source>
        <translation>ការស្តារ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/crew.py" line="+28"/>
        <source>record crew list</source>
        <translation>កត់ត្រាបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>record person found aboard</source>
        <translation>កត់ត្រាបុគ្គលដែលរកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+8"/>
        <source>view crew lists</source>
        <translation>មើលបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <location filename="../piu_desk/core/records/persons.py" line="+17"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>view persons</source>
        <translation>មើលបុគ្គល</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/inspections.py" line="+35"/>
        <source>record inspection</source>
        <translation>កត់ត្រាការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>edit inspection</source>
        <translation>កែប្រែការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>submit inspection</source>
        <translation>ដាក់ជូនការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+77"/>
        <source>approve inspection</source>
        <translation>អនុម័តការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>return inspection</source>
        <translation>ប្រគល់ការត្រួតពិនិត្យត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>approve your own inspection</source>
        <translation>អនុម័តការត្រួតពិនិត្យរបស់ខ្លួនឯង</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>amend inspection</source>
        <translation>ធ្វើវិសោធនកម្មការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../piu_desk/core/reports/gather.py" line="+32"/>
        <source>view inspections</source>
        <translation>មើលការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/persons.py" line="+6"/>
        <source>link persons</source>
        <translation>ភ្ជាប់បុគ្គល</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/port_calls.py" line="+21"/>
        <source>record port call</source>
        <translation>កត់ត្រាការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>edit port call</source>
        <translation>កែប្រែការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+7"/>
        <location filename="../piu_desk/core/records/vessels.py" line="+104"/>
        <source>view port calls</source>
        <translation>មើលការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/search.py" line="+29"/>
        <source>search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/vessels.py" line="-79"/>
        <location line="+58"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>view vessels</source>
        <translation>មើលនាវា</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>register vessel</source>
        <translation>ចុះបញ្ជីនាវា</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>edit vessel</source>
        <translation>កែប្រែព័ត៌មាននាវា</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/attachments.py" line="+63"/>
        <source>add attachment</source>
        <translation>បន្ថែមឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>view attachments</source>
        <translation>មើលឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>remove attachment</source>
        <translation>ដកឯកសារភ្ជាប់ចេញ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>save a copy of an attachment</source>
        <translation>រក្សាទុកច្បាប់ចម្លងនៃឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/officers.py" line="+16"/>
        <source>name boarding officers</source>
        <translation>កំណត់មន្ត្រីឡើងត្រួតពិនិត្យនាវា</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/crew_import.py" line="+52"/>
        <location line="+84"/>
        <source>import crew list</source>
        <translation>នាំចូលបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/assets.py" line="+17"/>
        <source>view the equipment register</source>
        <translation>មើលបញ្ជីសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>add equipment</source>
        <translation>បន្ថែមសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>edit equipment</source>
        <translation>កែប្រែព័ត៌មានសម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/campaigns.py" line="+91"/>
        <location line="+42"/>
        <location line="+25"/>
        <location line="+10"/>
        <source>verify equipment</source>
        <translation>ផ្ទៀងផ្ទាត់សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/custody.py" line="+58"/>
        <source>issue equipment</source>
        <translation>បើកផ្តល់សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>record acceptance for another</source>
        <translation>កត់ត្រាការបញ្ជាក់ការទទួលជំនួសអ្នកផ្សេង</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>return equipment</source>
        <translation>ប្រគល់សម្ភារៈត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>transfer equipment</source>
        <translation>ផ្ទេរសម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/handover.py" line="+21"/>
        <source>import a handover list</source>
        <translation>នាំចូលបញ្ជីប្រគល់សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/incidents.py" line="+45"/>
        <location line="+31"/>
        <source>report an equipment incident</source>
        <translation>រាយការណ៍ឧប្បត្តិហេតុសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dispose of equipment</source>
        <translation>បោះចោលសម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/maintenance.py" line="+49"/>
        <source>plan equipment maintenance</source>
        <translation>រៀបចំផែនការថែទាំសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>record equipment maintenance</source>
        <translation>កត់ត្រាការថែទាំសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>send equipment for repair</source>
        <translation>បញ្ជូនសម្ភារៈទៅជួសជុល</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/alerts.py" line="+51"/>
        <location line="+22"/>
        <source>screen against the watchlist</source>
        <translation>ពិនិត្យធៀបនឹងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+24"/>
        <source>view alerts</source>
        <translation>មើលការជូនដំណឹង</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>dispose of alert</source>
        <translation>សម្រេចលើការជូនដំណឹង</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/watchlist.py" line="+29"/>
        <location line="+14"/>
        <source>edit watchlist</source>
        <translation>កែប្រែបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/releases.py" line="+26"/>
        <source>publish the watchlist</source>
        <translation>ចេញផ្សាយបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/intel/watchlist.py" line="+19"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>view watchlist</source>
        <translation>មើលបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/watchlist.py" line="+8"/>
        <source>import watchlist</source>
        <translation>នាំចូលបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rebuild screening index</source>
        <translation>បង្កើតលិបិក្រមពិនិត្យធៀបឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/sources.py" line="-71"/>
        <location filename="../piu_desk/core/records/tipoffs.py" line="-36"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>view tip-offs</source>
        <translation>មើលព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/tipoffs.py" line="-126"/>
        <source>log tip-off</source>
        <translation>កត់ត្រាព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+50"/>
        <location line="+14"/>
        <location line="+13"/>
        <source>edit tip-off</source>
        <translation>កែប្រែព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>grade tip-off</source>
        <translation>ដាក់ចំណាត់ថ្នាក់ព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>change tip-off status</source>
        <translation>ប្តូរស្ថានភាពព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_figures.py" line="+53"/>
        <source>daily report</source>
        <translation>របាយការណ៍ប្រចាំថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/dashboard_figures.py" line="+36"/>
        <source>my day</source>
        <translation>ការងារថ្ងៃនេះរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/export.py" line="+39"/>
        <location filename="../piu_desk/core/exchange/folder.py" line="+29"/>
        <location filename="../piu_desk/core/exchange/importing.py" line="+37"/>
        <location filename="../piu_desk/core/exchange/stations.py" line="+17"/>
        <location filename="../piu_desk/core/exchange/sync/applying.py" line="+22"/>
        <location filename="../piu_desk/core/exchange/sync/capture.py" line="+28"/>
        <location filename="../piu_desk/core/exchange/verify.py" line="+20"/>
        <source>exchange</source>
        <translation>ផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/sync/conflicts.py" line="+15"/>
        <source>exchange conflicts</source>
        <translation>ទំនាស់ក្នុងការផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/rotation.py" line="+39"/>
        <location filename="../piu_desk/core/exchange/sync/keys.py" line="+105"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+21"/>
        <source>exchange keys</source>
        <translation>សោសម្រាប់ការផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/sync/peers.py" line="+35"/>
        <source>exchange partners</source>
        <translation>ដៃគូផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/enrolment.py" line="+39"/>
        <source>enrolment</source>
        <translation>ការចុះបញ្ជី</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/stations.py" line="+17"/>
        <source>view records</source>
        <translation>មើលកំណត់ត្រា</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../piu_desk/ui/wizard.py" line="+158"/>
        <source>The administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 3: the first account. It can add the other officers&apos; accounts later.</source>
        <translation>ជំហានទី 2 នៃ 3៖ គណនីដំបូង។ គណនីនេះអាចបន្ថែមគណនីរបស់មន្ត្រីផ្សេងទៀតនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a password of at least 10 characters that only you know. A sentence of several words is easy to remember and hard to guess.</source>
        <translation>សូមជ្រើសរើសពាក្យសម្ងាត់យ៉ាងហោចណាស់ 10 តួអក្សរ ដែលមានតែអ្នកម្នាក់គត់ដឹង។ ប្រយោគដែលមានពាក្យច្រើន ងាយចងចាំ និងពិបាកទាយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name:</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name:</source>
        <translation>ឈ្មោះពេញ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>បញ្ជាក់ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example dara</source>
        <translation>ឧទាហរណ៍ dara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the encrypted store. This takes a few seconds…</source>
        <translation>កំពុងបង្កើតឃ្លាំងទិន្នន័យដាក់កូដសម្ងាត់។ ការនេះចំណាយពេលពីរបីវិនាទី…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two passwords are not the same.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
</context>
<context>
    <name>AdminSection</name>
    <message>
        <location filename="../piu_desk/ui/admin/section.py" line="+70"/>
        <source>Users</source>
        <translation>អ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit trail</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>ឃ្លាំងទិន្នន័យ</translation>
    </message>
</context>
<context>
    <name>AlertDetail</name>
    <message>
        <location filename="../piu_desk/ui/intel/alert_detail.py" line="+101"/>
        <source>What we saw</source>
        <translation>អ្វីដែលយើងបានឃើញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the watchlist says</source>
        <translation>អ្វីដែលបញ្ជីតាមដានបានចែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked:</source>
        <translation>សញ្ញាសម្គាល់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same on both sides</source>
        <translation>ដូចគ្នាទាំងសងខាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close: a spelling, a digit or a year apart</source>
        <translation>ស្រដៀង៖ ខុសតែអក្ខរាវិរុទ្ធ មួយខ្ទង់ ឬមួយឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the person&apos;s page</source>
        <translation>បើកទំព័ររបស់បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the port call</source>
        <translation>បើកការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the vessel&apos;s page</source>
        <translation>បើកទំព័ររបស់នាវា</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score %1 · raised %2 ·</source>
        <translation>ពិន្ទុ %1 · កើតឡើង %2 ·</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: %1</source>
        <translation>មូលហេតុ៖ %1</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../piu_desk/ui/intel/alert_facts.py" line="+48"/>
        <source>Names:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality:</source>
        <translation>សញ្ជាតិ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number:</source>
        <translation>លេខ IMO៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMSI:</source>
        <translation>MMSI៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign:</source>
        <translation>សញ្ញាហៅ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag state:</source>
        <translation>រដ្ឋទង់ជាតិ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating:</source>
        <translation>ឋានៈ ឬមុខងារ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circumstances:</source>
        <translation>កាលៈទេសៈ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call:</source>
        <translation>ការចូលចតកំពង់ផែ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>មូលហេតុ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing unit:</source>
        <translation>អង្គភាពចេញ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered:</source>
        <translation>បញ្ចូល៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued:</source>
        <translation>ចេញនៅ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>ផុតកំណត់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling:</source>
        <translation>ការចាត់ចែង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record:</source>
        <translation>កំណត់ត្រា៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (year only)</source>
        <translation>%1 (តែឆ្នាំ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>formerly %1</source>
        <translation>ពីមុនឈ្មោះ %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>age %1</source>
        <translation>អាយុ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This record is no longer in the store.</source>
        <translation>កំណត់ត្រានេះលែងមាននៅក្នុងឃ្លាំងទិន្នន័យទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This entry is no longer on the watchlist.</source>
        <translation>កំណត់ត្រានេះលែងមាននៅក្នុងបញ្ជីតាមដានទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alias %1</source>
        <translation>ឈ្មោះផ្សេង %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No expiry</source>
        <translation>គ្មានកាលផុតកំណត់</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The same on both sides</source>
        <translation>ដូចគ្នាទាំងសងខាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close on both sides</source>
        <translation>ស្រដៀងគ្នាទាំងសងខាង</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/intel/alert_marks.py" line="+34"/>
        <source>Confirmed watchlist match</source>
        <translation>ការផ្គូផ្គងជាមួយបញ្ជីតាមដានត្រូវបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>An officer confirmed that this is the person or vessel on the watchlist. The alert and its note are in Alerts.</source>
        <translation>មន្ត្រីម្នាក់បានបញ្ជាក់ថា នេះជាបុគ្គល ឬនាវាដែលមាននៅក្នុងបញ្ជីតាមដាន។ ការជូនដំណឹង និងកំណត់សម្គាល់របស់វាមាននៅក្នុងផ្នែក «ការជូនដំណឹង»។</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/intel/alerts_texts.py" line="+30"/>
        <source>Open</source>
        <translation>មិនទាន់សម្រេច</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(record no longer there)</source>
        <translation>(កំណត់ត្រាលែងមានទៀតហើយ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew list member</source>
        <translation>នាវិកក្នុងបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard</source>
        <translation>បុគ្គលដែលរកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call vessel</source>
        <translation>នាវានៃការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew</source>
        <translation>នាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found aboard</source>
        <translation>រកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind}: {name}</source>
        <translation>{kind}៖ {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{vessel}, arrived {when}</source>
        <translation>{vessel} មកដល់ {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(entry no longer on the watchlist)</source>
        <translation>(កំណត់ត្រាលែងមានក្នុងបញ្ជីតាមដានទៀតហើយ)</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/alerts_model.py" line="+68"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was screened</source>
        <translation>អ្វីដែលបានពិនិត្យធៀប</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port call</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry</source>
        <translation>កំណត់ត្រាក្នុងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, raised at %2</source>
        <translation>%1 (ការជូនដំណឹងកើតឡើងនៅ %2)</translation>
    </message>
</context>
<context>
    <name>AlertsSection</name>
    <message>
        <location filename="../piu_desk/ui/intel/alerts_section.py" line="+160"/>
        <source>Watchlist alerts</source>
        <translation>ការជូនដំណឹងពីបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>បង្ហាញ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>មិនទាន់សម្រេច</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>បានសម្រេច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All (open first)</source>
        <translation>ទាំងអស់ (មិនទាន់សម្រេចមុន)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The newest %1 of %2 alerts</source>
        <translation>ការជូនដំណឹងថ្មីបំផុត %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 alert(s)</source>
        <translation>ការជូនដំណឹង %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 alerts of each status are listed.</source>
        <translation>ការជូនដំណឹងត្រូវបានបង្ហាញយ៉ាងច្រើន %1 សម្រាប់ស្ថានភាពនីមួយៗ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No alert is waiting for a decision. Crew lists, persons found aboard and arriving vessels are screened against the watchlist as they are recorded.</source>
        <translation>គ្មានការជូនដំណឹងណាកំពុងរង់ចាំការសម្រេចទេ។ បញ្ជីនាវិក បុគ្គលដែលរកឃើញនៅលើនាវា និងនាវាដែលមកដល់ ត្រូវបានពិនិត្យធៀបនឹងបញ្ជីតាមដាន នៅពេលដែលពួកវាត្រូវបានកត់ត្រា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No alert has been decided yet.</source>
        <translation>មិនទាន់មានការជូនដំណឹងណាត្រូវបានសម្រេចនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no alerts.</source>
        <translation>គ្មានការជូនដំណឹងទេ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Alert %1 recorded as: %2.</source>
        <translation>ការជូនដំណឹង %1 ត្រូវបានកត់ត្រាថា៖ %2។</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueModel</name>
    <message>
        <location filename="../piu_desk/ui/inspections/queue_model.py" line="+69"/>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection started</source>
        <translation>ចាប់ផ្តើមត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boarding officers</source>
        <translation>មន្ត្រីឡើងត្រួតពិនិត្យនាវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted</source>
        <translation>បានដាក់ជូន</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, %2</source>
        <translation>%1 ដោយ %2</translation>
    </message>
</context>
<context>
    <name>ApprovalsSection</name>
    <message>
        <location filename="../piu_desk/ui/inspections/approvals.py" line="+145"/>
        <source>Inspections waiting for approval</source>
        <translation>ការត្រួតពិនិត្យដែលកំពុងរង់ចាំការអនុម័ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No inspection is waiting for approval.</source>
        <translation>គ្មានការត្រួតពិនិត្យណាកំពុងរង់ចាំការអនុម័តទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents</source>
        <translation>រូបថត និងឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>សេចក្តីសម្រេចរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment for the officer (required to return):</source>
        <translation>មតិយោបល់សម្រាប់មន្ត្រី (ចាំបាច់ ដើម្បីប្រគល់ត្រឡប់វិញ)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to change before you can approve it?</source>
        <translation>តើត្រូវកែប្រែអ្វីខ្លះ មុនពេលអ្នកអាចអនុម័តវាបាន?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>អនុម័ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comment</source>
        <translation>ប្រគល់ត្រឡប់វិញជាមួយមតិយោបល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were one of the boarding officers: another supervisor approves this inspection.</source>
        <translation>អ្នកជាមន្ត្រីឡើងត្រួតពិនិត្យនាវាម្នាក់ក្នុងការត្រួតពិនិត្យនេះ៖ ប្រធានក្រុមផ្សេងទៀតត្រូវអនុម័តការត្រួតពិនិត្យនេះ។</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Approved: the inspection of %1.</source>
        <translation>បានអនុម័ត៖ ការត្រួតពិនិត្យនាវា %1។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Returned to the officer with your comment: the inspection of %1.</source>
        <translation>បានប្រគល់ត្រឡប់ទៅមន្ត្រីវិញ ជាមួយមតិយោបល់របស់អ្នក៖ ការត្រួតពិនិត្យនាវា %1។</translation>
    </message>
</context>
<context>
    <name>AttachmentCopy</name>
    <message>
        <location filename="../piu_desk/ui/inspections/viewer.py" line="+109"/>
        <source>Save an unencrypted copy?</source>
        <translation>រក្សាទុកច្បាប់ចម្លងដែលមិនដាក់កូដសម្ងាត់មែនទេ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of %1 is written to the disk unencrypted: anyone who gets that disk or USB stick can open it.</source>
        <translation>ច្បាប់ចម្លងនៃ %1 នឹងត្រូវសរសេរទៅថាសដោយមិនដាក់កូដសម្ងាត់៖ អ្នកណាដែលបានថាស ឬឧបករណ៍ផ្ទុក USB នោះ អាចបើកវាបាន។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save it only where it must go, and delete it when it is no longer needed. The copy is recorded in the audit trail.</source>
        <translation>សូមរក្សាទុកវាតែនៅកន្លែងដែលចាំបាច់ប៉ុណ្ណោះ ហើយលុបវាចោលនៅពេលលែងត្រូវការ។ ការចម្លងនេះត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save…</source>
        <translation>ជ្រើសរើសកន្លែងរក្សាទុក…</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../piu_desk/ui/inspections/attachments_model.py" line="+111"/>
        <source>%1 · kept when the inspection is saved</source>
        <translation>%1 · នឹងរក្សាទុកនៅពេលរក្សាទុកការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · added by %2 on %3</source>
        <translation>%1 · បន្ថែមដោយ %2 នៅ %3</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../piu_desk/ui/inspections/attachments_panel.py" line="+153"/>
        <source>Add photo or document…</source>
        <translation>បន្ថែមរូបថត ឬឯកសារ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG, PNG or TIFF photos and scans, or PDF documents, up to 20 MB each</source>
        <translation>រូបថត និងឯកសារស្កេន JPEG, PNG ឬ TIFF ឬឯកសារ PDF ទំហំរហូតដល់ 20 MB ក្នុងមួយឯកសារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Save a copy…</source>
        <translation>រក្សាទុកច្បាប់ចម្លង…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photos or documents.</source>
        <translation>គ្មានរូបថត ឬឯកសារទេ។</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add photos or scanned documents</source>
        <translation>បន្ថែមរូបថត ឬឯកសារស្កេន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>រូបថត និងឯកសារស្កេន (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the files…</source>
        <translation>កំពុងអានឯកសារ…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening %1…</source>
        <translation>កំពុងបើក %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be shown here. It is kept in the store when the inspection is saved.</source>
        <translation>%1 មិនអាចបង្ហាញនៅទីនេះបានទេ។ វានឹងត្រូវរក្សាទុកក្នុងឃ្លាំងទិន្នន័យ នៅពេលរក្សាទុកការត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIU Desk does not show this kind of document itself. You can save a copy and open it in another program.</source>
        <translation>PIU Desk មិនបង្ហាញឯកសារប្រភេទនេះដោយខ្លួនឯងទេ។ អ្នកអាចរក្សាទុកច្បាប់ចម្លងមួយ ហើយបើកវាក្នុងកម្មវិធីផ្សេង។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy of %1</source>
        <translation>រក្សាទុកច្បាប់ចម្លងនៃ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving a copy…</source>
        <translation>កំពុងរក្សាទុកច្បាប់ចម្លង…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %1?</source>
        <translation>ដក %1 ចេញមែនទេ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo or document is taken out of this inspection and deleted from the desk.</source>
        <translation>រូបថត ឬឯកសារនេះនឹងត្រូវដកចេញពីការត្រួតពិនិត្យនេះ ហើយលុបចេញពីតុការងារ។</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../piu_desk/core/maintenance.py" line="-108"/>
        <source>the audit trail cannot be read: {detail}</source>
        <translation>មិនអាចអានកំណត់ហេតុសវនកម្មបានទេ៖ {detail}</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/store/audit.py" line="+77"/>
        <source>entry {seq} is missing</source>
        <translation>កំណត់ត្រា {seq} បាត់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {seq} does not follow entry {previous}</source>
        <translation>កំណត់ត្រា {seq} មិនបន្តពីកំណត់ត្រា {previous}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry {seq} was altered after it was written</source>
        <translation>កំណត់ត្រា {seq} ត្រូវបានកែប្រែក្រោយពេលសរសេររួច</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entries after {seq} were removed</source>
        <translation>កំណត់ត្រាបន្ទាប់ពីកំណត់ត្រា {seq} ត្រូវបានលុបចេញ</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../piu_desk/ui/admin/audit_actions.py" line="+13"/>
        <source>Store upgraded (copy kept)</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាពឃ្លាំងទិន្នន័យ (រក្សាច្បាប់ចម្លងទុក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off logged</source>
        <translation>បានកត់ត្រាព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off edited</source>
        <translation>បានកែប្រែព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off graded</source>
        <translation>បានដាក់ចំណាត់ថ្នាក់ព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off reopened</source>
        <translation>បានបើកព័ត៌មានតម្រុយឡើងវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off assessed</source>
        <translation>បានវាយតម្លៃព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off actioned</source>
        <translation>បានចាត់វិធានការលើព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off closed</source>
        <translation>បានបិទព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off outcome recorded</source>
        <translation>បានកត់ត្រាលទ្ធផលនៃព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off linked to an inspection</source>
        <translation>បានភ្ជាប់ព័ត៌មានតម្រុយទៅការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off unlinked from an inspection</source>
        <translation>បានផ្តាច់ព័ត៌មានតម្រុយពីការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source registered</source>
        <translation>បានចុះបញ្ជីប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source edited</source>
        <translation>បានកែប្រែប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source identity viewed</source>
        <translation>បានមើលអត្តសញ្ញាណប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source in use again</source>
        <translation>បានប្រើប្រភពឡើងវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source no longer used</source>
        <translation>បានឈប់ប្រើប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry added</source>
        <translation>បានបន្ថែមកំណត់ត្រាក្នុងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry edited</source>
        <translation>បានកែប្រែកំណត់ត្រាក្នុងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist imported</source>
        <translation>បាននាំចូលបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master watchlist published</source>
        <translation>បានចេញផ្សាយបញ្ជីតាមដានមេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert decided</source>
        <translation>បានសម្រេចលើការជូនដំណឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item added to the register</source>
        <translation>បានបន្ថែមសម្ភារៈទៅក្នុងបញ្ជីសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item edited</source>
        <translation>បានកែប្រែសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover list imported</source>
        <translation>បាននាំចូលបញ្ជីប្រគល់សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item received from the donor</source>
        <translation>បានទទួលសម្ភារៈពីម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item issued</source>
        <translation>បានបើកផ្តល់សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt of an item signed</source>
        <translation>បានចុះហត្ថលេខាបញ្ជាក់ការទទួលសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item returned</source>
        <translation>បានប្រគល់សម្ភារៈត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item transferred</source>
        <translation>បានផ្ទេរសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item sent for repair</source>
        <translation>បានបញ្ជូនសម្ភារៈទៅជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item back from repair</source>
        <translation>សម្ភារៈបានត្រឡប់មកពីការជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance done</source>
        <translation>បានថែទាំរួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item reported damaged</source>
        <translation>បានរាយការណ៍ថាសម្ភារៈខូចខាត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item reported lost</source>
        <translation>បានរាយការណ៍ថាសម្ភារៈបាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item reported stolen</source>
        <translation>បានរាយការណ៍ថាសម្ភារៈត្រូវបានលួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item recovered</source>
        <translation>បានរកឃើញសម្ភារៈវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item verified</source>
        <translation>បានផ្ទៀងផ្ទាត់សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item disposed of</source>
        <translation>បានបោះចោលសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance scheduled</source>
        <translation>បានគ្រោងការថែទាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification started</source>
        <translation>បានចាប់ផ្តើមការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification closed</source>
        <translation>បានបិទការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily report issued</source>
        <translation>បានចេញរបាយការណ៍ប្រចាំថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed report checked</source>
        <translation>បានពិនិត្យរបាយការណ៍ដែលបានបោះពុម្ព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle written</source>
        <translation>បានសរសេរកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle not written</source>
        <translation>មិនបានសរសេរកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle imported</source>
        <translation>បាននាំចូលកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes applied from a bundle</source>
        <translation>បានអនុវត្តការផ្លាស់ប្តូរពីកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange conflict settled</source>
        <translation>បានដោះស្រាយទំនាស់ក្នុងការផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station keys pinned</source>
        <translation>បានកំណត់ជាប់សោរបស់ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station keys revoked</source>
        <translation>បានដកហូតសោរបស់ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station key rotation accepted</source>
        <translation>បានទទួលយកការប្តូរសោរបស់ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk exchange keys rotated</source>
        <translation>បានប្តូរសោផ្លាស់ប្តូរទិន្នន័យរបស់តុការងារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station enrolment prepared</source>
        <translation>បានរៀបចំការចុះបញ្ជីស្ថានីយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters enrolment imported</source>
        <translation>បាននាំចូលការចុះបញ្ជីពីទីស្នាក់ការកណ្តាល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled station keys pinned</source>
        <translation>បានកំណត់ជាប់សោរបស់ស្ថានីយដែលបានចុះបញ្ជី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk key file written</source>
        <translation>បានសរសេរឯកសារសោរបស់តុការងារ</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../piu_desk/ui/admin/audit_model.py" line="+135"/>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>អ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(system)</source>
        <translation>(ប្រព័ន្ធ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hash %1</source>
        <translation>ហាស %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logged in</source>
        <translation>បានចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed log-in</source>
        <translation>ការចូលមិនបានសម្រេច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk locked</source>
        <translation>បានចាក់សោតុការងារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account added</source>
        <translation>បានបន្ថែមគណនី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles changed</source>
        <translation>បានប្តូរតួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account edited</source>
        <translation>បានកែប្រែគណនី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account disabled</source>
        <translation>បានបិទគណនី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account enabled</source>
        <translation>បានបើកគណនី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>បានកំណត់ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data key rotated</source>
        <translation>បានប្តូរសោទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key issued</source>
        <translation>បានចេញសោស្តារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key used</source>
        <translation>បានប្រើសោស្តារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store created</source>
        <translation>បានបង្កើតឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>បានធ្វើការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored</source>
        <translation>បានស្តារពីការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check</source>
        <translation>ការពិនិត្យភាពត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store warning</source>
        <translation>ការព្រមានអំពីឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>បានប្តូរការកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel registered</source>
        <translation>បានចុះបញ្ជីនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel edited</source>
        <translation>បានកែប្រែនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call recorded</source>
        <translation>បានកត់ត្រាការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call edited</source>
        <translation>បានកែប្រែការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection recorded</source>
        <translation>បានកត់ត្រាការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection edited</source>
        <translation>បានកែប្រែការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection submitted</source>
        <translation>បានដាក់ជូនអនុម័តការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection approved</source>
        <translation>បានអនុម័តការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection returned</source>
        <translation>បានប្រគល់ការត្រួតពិនិត្យត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection amended</source>
        <translation>បានធ្វើវិសោធនកម្មការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew list entered</source>
        <translation>បានបញ្ចូលបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew list imported</source>
        <translation>បាននាំចូលបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard recorded</source>
        <translation>បានកត់ត្រាបុគ្គលដែលរកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons linked</source>
        <translation>បានភ្ជាប់បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment added</source>
        <translation>បានបន្ថែមរូបថត ឬឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment removed</source>
        <translation>បានដករូបថត ឬឯកសារចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment copy saved</source>
        <translation>បានរក្សាទុកច្បាប់ចម្លងរូបថត ឬឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report saved as PDF</source>
        <translation>បានរក្សាទុករបាយការណ៍ជា PDF</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../piu_desk/ui/admin/audit_view.py" line="+88"/>
        <source>All actions</source>
        <translation>សកម្មភាពទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-ins and failed log-ins</source>
        <translation>ការចូល និងការចូលមិនបានសម្រេច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks</source>
        <translation>ការចាក់សោ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>គណនី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data key</source>
        <translation>សោទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>សោស្តារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store and backups</source>
        <translation>ឃ្លាំងទិន្នន័យ និងការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessels</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port calls</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew lists</source>
        <translation>បញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>រូបថត និងឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printouts</source>
        <translation>ឯកសារបោះពុម្ព</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action:</source>
        <translation>សកម្មភាព៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>អ្នកប្រើប្រាស់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify chain</source>
        <translation>ផ្ទៀងផ្ទាត់ខ្សែសង្វាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute the hash of every entry and name the first one that was altered.</source>
        <translation>គណនាហាសនៃកំណត់ត្រានីមួយៗឡើងវិញ ហើយបង្ហាញកំណត់ត្រាទីមួយដែលត្រូវបានកែប្រែ។</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Everyone</source>
        <translation>គ្រប់គ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(system)</source>
        <translation>(ប្រព័ន្ធ)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of %2 entries shown; scroll for more</source>
        <translation>បង្ហាញកំណត់ត្រា %1 ក្នុងចំណោម %2 — រំកិលចុះដើម្បីមើលបន្ថែម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 entries</source>
        <translation>កំណត់ត្រាចំនួន %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verifying the audit trail…</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់កំណត់ហេតុសវនកម្ម…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verification cancelled after %1 entries; those are intact.</source>
        <translation>ការផ្ទៀងផ្ទាត់ត្រូវបានបោះបង់ក្រោយកំណត់ត្រាចំនួន %1។ កំណត់ត្រាទាំងនោះនៅដដែល គ្មានការកែប្រែ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail is intact: %1 entries checked, head hash %2…</source>
        <translation>កំណត់ហេតុសវនកម្មនៅដដែល គ្មានការកែប្រែ៖ បានពិនិត្យកំណត់ត្រាចំនួន %1 ហាសនៃកំណត់ត្រាចុងក្រោយ %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail was altered: entry %1 is the first that does not fit the chain (%2). The %3 entries before it are intact. Report this to your supervisor.</source>
        <translation>កំណត់ហេតុសវនកម្មត្រូវបានកែប្រែ៖ កំណត់ត្រា %1 ជាកំណត់ត្រាទីមួយដែលមិនត្រូវនឹងខ្សែសង្វាក់ (%2)។ កំណត់ត្រាចំនួន %3 នៅមុនវានៅដដែល គ្មានការកែប្រែ។ សូមរាយការណ៍រឿងនេះជូនប្រធានក្រុមរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_page.py" line="+143"/>
        <source>← All campaigns</source>
        <translation>← យុទ្ធនាការទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or type a tag:</source>
        <translation>ស្កេន ឬវាយស្លាក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a label, or type the tag and press Enter</source>
        <translation>ស្កេនស្លាក ឬវាយលេខស្លាក រួចចុច Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>សភាព៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found at:</source>
        <translation>រកឃើញនៅ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank: where the register says</source>
        <translation>ទុកទទេ៖ តាមទីតាំងក្នុងបញ្ជីសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As in the register</source>
        <translation>ដូចក្នុងបញ្ជីសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan log (latest first)</source>
        <translation>កំណត់ហេតុការស្កេន (ចុងក្រោយបំផុតមុន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>រកឃើញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>រកមិនឃើញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>ខូចខាត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as PDF…</source>
        <translation>របាយការណ៍ជា PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close campaign…</source>
        <translation>បិទយុទ្ធនាការ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>earlier</source>
        <translation>មុននេះ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} — started {date}</source>
        <translation>{name} — ចាប់ផ្តើម {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — closed {date}</source>
        <translation> — បានបិទ {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Found {found} · Damaged {damaged} · Missing {missing} · Not yet seen {unseen}</source>
        <translation>រកឃើញ {found} · ខូចខាត {damaged} · រកមិនឃើញ {missing} · មិនទាន់ឃើញ {unseen}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet seen ({count}): tick by hand</source>
        <translation>មិនទាន់ឃើញ ({count})៖ គូសធីកដោយដៃ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{tag}: NOT IN THE REGISTER. Put the item aside and check its label.</source>
        <translation>{tag}៖ មិនមានក្នុងបញ្ជីសម្ភារៈ។ សូមដាក់សម្ភារៈនេះដោយឡែក ហើយពិនិត្យស្លាករបស់វា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tag}: SCANNED TWICE. It is already recorded in this campaign.</source>
        <translation>{tag}៖ បានស្កេនពីរដង។ វាត្រូវបានកត់ត្រាក្នុងយុទ្ធនាការនេះរួចហើយ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tag}: found — {item}</source>
        <translation>{tag}៖ រកឃើញ — {item}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>found</source>
        <translation>រកឃើញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scanned twice</source>
        <translation>បានស្កេនពីរដង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the register</source>
        <translation>មិនមានក្នុងបញ្ជីសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Close {name}?</source>
        <translation>បិទ {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} items were not seen; they stay as not checked in the report. A closed campaign takes no more scans.</source>
        <translation>សម្ភារៈចំនួន {count} មិនត្រូវបានឃើញទេ។ ពួកវានឹងនៅជា «មិនទាន់បានពិនិត្យ» ក្នុងរបាយការណ៍។ យុទ្ធនាការដែលបានបិទ មិនទទួលការស្កេនទៀតទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and save the report</source>
        <translation>បិទ និងរក្សាទុករបាយការណ៍</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_report.py" line="+31"/>
        <source>Preparing the verification report…</source>
        <translation>កំពុងរៀបចំរបាយការណ៍ផ្ទៀងផ្ទាត់…</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_models.py" line="+23"/>
        <source>Campaign</source>
        <translation>យុទ្ធនាការ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started by</source>
        <translation>ចាប់ផ្តើមដោយ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>in progress</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../piu_desk/ui/dialogs.py" line="+61"/>
        <source>Change your password</source>
        <translation>ប្តូរពាក្យសម្ងាត់របស់អ្នក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator set your password. Choose your own now; you cannot continue without it.</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធបានកំណត់ពាក្យសម្ងាត់របស់អ្នក។ សូមជ្រើសរើសពាក្យសម្ងាត់ផ្ទាល់ខ្លួនឥឡូវនេះ បើមិនដូច្នោះទេ អ្នកមិនអាចបន្តបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new password of at least 10 characters.</source>
        <translation>សូមជ្រើសរើសពាក្យសម្ងាត់ថ្មីយ៉ាងហោចណាស់ 10 តួអក្សរ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current password:</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password:</source>
        <translation>ពាក្យសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again:</source>
        <translation>បញ្ជាក់ពាក្យសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change password</source>
        <translation>ប្តូរពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two new passwords are not the same.</source>
        <translation>ពាក្យសម្ងាត់ថ្មីទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the password…</source>
        <translation>កំពុងប្តូរពាក្យសម្ងាត់…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current password is not right.</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវទេ។</translation>
    </message>
</context>
<context>
    <name>ConflictDetail</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/detail.py" line="+32"/>
        <source>Theirs ({peer})</source>
        <translation>កំណែរបស់ដៃគូ ({peer})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk</source>
        <translation>តុការងារនេះ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Keep this desk&apos;s</source>
        <translation>រក្សាកំណែរបស់តុការងារនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>យកកំណែរបស់ដៃគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>បញ្ចូលគ្នា…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pick a conflict in the list to see both versions.</source>
        <translation>សូមជ្រើសរើសទំនាស់មួយក្នុងបញ្ជី ដើម្បីមើលកំណែទាំងពីរ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {peer}, {why}, found {when}. {n} of {all} fields differ (highlighted).</source>
        <translation>ពី {peer}, {why}, រកឃើញនៅ {when}។ វាលចំនួន {n} ក្នុងចំណោម {all} ខុសគ្នា (បានបន្លិច)។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their record clashes with another record on this desk (the same identifying details, such as an IMO number), so it was not added.</source>
        <translation>កំណត់ត្រារបស់ដៃគូជាន់គ្នានឹងកំណត់ត្រាមួយផ្សេងទៀតនៅលើតុការងារនេះ (ព័ត៌មានសម្គាល់ដូចគ្នា ដូចជាលេខ IMO) ដូច្នេះវាមិនត្រូវបានបន្ថែមទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk has deleted the record.</source>
        <translation>តុការងារនេះបានលុបកំណត់ត្រានេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{peer} has deleted the record.</source>
        <translation>{peer} បានលុបកំណត់ត្រានេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settled: {how}.</source>
        <translation>បានដោះស្រាយ៖ {how}។</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/labels.py" line="+16"/>
        <location line="+87"/>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+85"/>
        <source>Port call</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Crew list</source>
        <translation>បញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Person aboard</source>
        <translation>បុគ្គលដែលរកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off</source>
        <translation>ព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry</source>
        <translation>កំណត់ត្រាក្នុងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>ការជូនដំណឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Equipment item</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Equipment event</source>
        <translation>ព្រឹត្តិការណ៍សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody</source>
        <translation>ការកាន់កាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover</source>
        <translation>ការប្រគល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>ឧប្បត្តិហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance schedule</source>
        <translation>កាលវិភាគថែទាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair</source>
        <translation>ការជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification campaign</source>
        <translation>យុទ្ធនាការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed on both sides</source>
        <translation>បានផ្លាស់ប្តូរនៅទាំងសងខាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clashes with a record here</source>
        <translation>ជាន់គ្នានឹងកំណត់ត្រានៅទីនេះ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept this desk&apos;s</source>
        <translation>បានរក្សាកំណែរបស់តុការងារនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took theirs</source>
        <translation>បានយកកំណែរបស់ដៃគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>បានបញ្ចូលគ្នា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled at {station}; their choice arrived</source>
        <translation>បានដោះស្រាយនៅ {station}; ជម្រើសរបស់ពួកគេបានមកដល់</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>ទង់ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number</source>
        <translation>លេខ IMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMSI</source>
        <translation>MMSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>នាមត្រកូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>នាមខ្លួន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direction</source>
        <translation>ទិសដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>ការរកឃើញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review comment</source>
        <translation>មតិយោបល់ពីការពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by</source>
        <translation>ពិនិត្យដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>ពេលពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Amendments</source>
        <translation>វិសោធនកម្ម</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Grading scheme</source>
        <translation>ប្រព័ន្ធដាក់ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>ការបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling code</source>
        <translation>លេខកូដចាត់ចែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circumstances</source>
        <translation>កាលៈទេសៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerabilities</source>
        <translation>ភាពងាយរងគ្រោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for matching</source>
        <translation>ឈ្មោះសម្រាប់ផ្គូផ្គង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>បានបញ្ចូលទៅក្នុង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provenance</source>
        <translation>ប្រភពទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>ពេលបង្កើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>បង្កើតដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>ផ្លាស់ប្តូរចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>ប្រភពដើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>សភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>អ្នកកាន់កាប់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crew members</source>
        <translation>នាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former names and flags</source>
        <translation>ឈ្មោះ និងទង់ជាតិពីមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity documents</source>
        <translation>ឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjects</source>
        <translation>កម្មវត្ថុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changes</source>
        <translation>ការផ្លាស់ប្តូរស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked inspections</source>
        <translation>ការត្រួតពិនិត្យដែលបានភ្ជាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspecting officers</source>
        <translation>មន្ត្រីឡើងត្រួតពិនិត្យនាវា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks</source>
        <translation>ការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance done</source>
        <translation>ការថែទាំដែលបានធ្វើ</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/compare.py" line="+69"/>
        <source>(a file)</source>
        <translation>(ឯកសារ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a record not on this desk</source>
        <translation>កំណត់ត្រាដែលមិនមាននៅលើតុការងារនេះ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} rows</source>
        <translation>{n} ជួរដេក</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{vessel}, arrived {when}</source>
        <translation>{vessel} មកដល់ {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received {when}</source>
        <translation>ទទួលនៅ {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/model.py" line="+45"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which</source>
        <translation>ព័ត៌មានសម្គាល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>ពេលរកឃើញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settled</source>
        <translation>ការដោះស្រាយ</translation>
    </message>
</context>
<context>
    <name>ConflictsSection</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/section.py" line="+88"/>
        <source>A record changed both on this desk and at another desk since they last agreed. Both versions were kept and nothing was overwritten. Compare them, then keep this desk&apos;s, take theirs, or merge them field by field; the choice goes out with the next exchange.</source>
        <translation>កំណត់ត្រាមួយត្រូវបានផ្លាស់ប្តូរទាំងនៅលើតុការងារនេះ និងនៅតុការងារមួយផ្សេងទៀត តាំងពីពេលដែលវាត្រូវគ្នាចុងក្រោយ។ កំណែទាំងពីរត្រូវបានរក្សាទុក ហើយគ្មានអ្វីត្រូវបានសរសេរជាន់លើទេ។ សូមប្រៀបធៀបកំណែទាំងពីរ រួចរក្សាកំណែរបស់តុការងារនេះ យកកំណែរបស់ដៃគូ ឬបញ្ចូលគ្នានូវកំណែទាំងពីរតាមវាលនីមួយៗ។ ជម្រើសរបស់អ្នកនឹងត្រូវបញ្ជូនទៅជាមួយការផ្លាស់ប្តូរទិន្នន័យលើកក្រោយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include settled</source>
        <translation>រួមទាំងទំនាស់ដែលបានដោះស្រាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflict is waiting for a decision.</source>
        <translation>គ្មានទំនាស់ណាកំពុងរង់ចាំការសម្រេចទេ។</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep this desk&apos;s version of {record}? {peer}&apos;s version is set aside and this desk&apos;s goes to {peer} with the next exchange.</source>
        <translation>រក្សាកំណែរបស់តុការងារនេះសម្រាប់ {record} មែនទេ? កំណែរបស់ {peer} នឹងត្រូវដាក់មួយឡែក ហើយកំណែរបស់តុការងារនេះនឹងត្រូវបញ្ជូនទៅ {peer} ជាមួយការផ្លាស់ប្តូរទិន្នន័យលើកក្រោយ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take {peer}&apos;s version of {record}? It replaces this desk&apos;s version here.</source>
        <translation>យកកំណែរបស់ {peer} សម្រាប់ {record} មែនទេ? វានឹងជំនួសកំណែរបស់តុការងារនេះនៅទីនេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the merged version of {record}? It replaces this desk&apos;s version here and goes to {peer} with the next exchange.</source>
        <translation>រក្សាទុកកំណែដែលបានបញ្ចូលគ្នាសម្រាប់ {record} មែនទេ? វានឹងជំនួសកំណែរបស់តុការងារនេះនៅទីនេះ ហើយនឹងត្រូវបញ្ជូនទៅ {peer} ជាមួយការផ្លាស់ប្តូរទិន្នន័យលើកក្រោយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this desk&apos;s</source>
        <translation>រក្សាកំណែរបស់តុការងារនេះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take theirs</source>
        <translation>យកកំណែរបស់ដៃគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the merge</source>
        <translation>រក្សាទុកការបញ្ចូលគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle the conflict</source>
        <translation>ដោះស្រាយទំនាស់</translation>
    </message>
</context>
<context>
    <name>CrewImport</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/texts.py" line="+47"/>
        <source>Departure</source>
        <translation>ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>same IMO number</source>
        <translation>លេខ IMO ដូចគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same MMSI</source>
        <translation>MMSI ដូចគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same call sign</source>
        <translation>សញ្ញាហៅដូចគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and flag</source>
        <translation>ឈ្មោះ និងទង់ជាតិដូចគ្នា</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2, IMO %3)</source>
        <translation>%1 (ទង់ជាតិ %2, IMO %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (ទង់ជាតិ %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>arrival %1</source>
        <translation>មកដល់ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>voyage %1</source>
        <translation>ជើងដំណើរ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1</source>
        <translation>មកពី %1</translation>
    </message>
</context>
<context>
    <name>CrewImportDialog</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/dialog.py" line="+101"/>
        <source>Import a crew list</source>
        <translation>នាំចូលបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the crew list</source>
        <translation>ជ្រើសរើសបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>បញ្ជីនាវិក (*.xlsx *.csv);;ឯកសារ Excel (*.xlsx);;ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1…</source>
        <translation>កំពុងអាន %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file was cancelled; nothing was changed.</source>
        <translation>ការអានឯកសារត្រូវបានបោះបង់។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No row is valid, so there is nothing to import. Correct the sheet, or the column choices above the rows.</source>
        <translation>គ្មានជួរដេកណាត្រឹមត្រូវទេ ដូច្នេះគ្មានអ្វីត្រូវនាំចូលទេ។ សូមកែសន្លឹកតារាង ឬការជ្រើសរើសជួរឈរនៅខាងលើជួរដេក។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the port call this crew list belongs to.</source>
        <translation>សូមជ្រើសរើសការចូលចតកំពង់ផែសម្រាប់បញ្ជីនាវិកនេះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid row</source>
        <translation>នាំចូលជួរដេកដែលត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 valid rows</source>
        <translation>នាំចូលជួរដេកត្រឹមត្រូវចំនួន %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing the crew list…</source>
        <translation>កំពុងនាំចូលបញ្ជីនាវិក…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 row has problems and will NOT be imported.</source>
        <translation>ជួរដេក 1 មានបញ្ហា ហើយនឹងមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows have problems and will NOT be imported.</source>
        <translation>ជួរដេកចំនួន %1 មានបញ្ហា ហើយនឹងមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the %1 valid rows are saved now. The rows with problems can be corrected in the sheet and imported later: they are then saved as another crew list of the same port call.</source>
        <translation>ឥឡូវនេះ មានតែជួរដេកត្រឹមត្រូវចំនួន %1 ប៉ុណ្ណោះដែលត្រូវរក្សាទុក។ ជួរដេកដែលមានបញ្ហាអាចកែនៅក្នុងសន្លឹកតារាង ហើយនាំចូលនៅពេលក្រោយ៖ ពេលនោះ ជួរដេកទាំងនោះនឹងត្រូវរក្សាទុកជាបញ្ជីនាវិកមួយទៀតនៃការចូលចតកំពង់ផែដដែល។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid rows only?</source>
        <translation>នាំចូលតែជួរដេកត្រឹមត្រូវប៉ុណ្ណោះឬ?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Imported 1 crew member into the crew list of %2, %3.</source>
        <translation>បាននាំចូលនាវិក 1 នាក់ ទៅក្នុងបញ្ជីនាវិកនៃ %2, %3។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 crew members into the crew list of %2, %3.</source>
        <translation>បាននាំចូលនាវិកចំនួន %1 នាក់ ទៅក្នុងបញ្ជីនាវិកនៃ %2, %3។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vessel %1 was registered from the sheet.</source>
        <translation>នាវា %1 ត្រូវបានចុះបញ្ជីតាមសន្លឹកតារាង។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its port call was recorded from the sheet: %1.</source>
        <translation>ការចូលចតកំពង់ផែរបស់នាវានេះត្រូវបានកត់ត្រាតាមសន្លឹកតារាង៖ %1។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows with problems were not imported. Correct them in the sheet and import it again; they will make another crew list of this port call.</source>
        <translation>ជួរដេកចំនួន %1 ដែលមានបញ្ហាមិនត្រូវបាននាំចូលទេ។ សូមកែជួរដេកទាំងនោះនៅក្នុងសន្លឹកតារាង ហើយនាំចូលម្តងទៀត៖ ជួរដេកទាំងនោះនឹងក្លាយជាបញ្ជីនាវិកមួយទៀតនៃការចូលចតកំពង់ផែនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows were skipped as not crew (signatures, footers, empty numbered lines).</source>
        <translation>ជួរដេកចំនួន %1 ត្រូវបានរំលង ព្រោះមិនមែនជានាវិក (ហត្ថលេខា ផ្នែកខាងក្រោមនៃទម្រង់ ឬបន្ទាត់មានលេខរៀងដែលទុកទំនេរ)។</translation>
    </message>
</context>
<context>
    <name>CrewListDialog</name>
    <message>
        <location filename="../piu_desk/ui/crew_entry/crew_dialog.py" line="+125"/>
        <source>Crew list</source>
        <translation>បញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;List of crew on:</source>
        <translation>បញ្ជីនាវិកនៅពេល៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type in the table: Tab goes to the next cell, Enter on a row adds the next one, Del removes the selected rows. A red cell says what is wrong when you point at it.</source>
        <translation>សូមវាយបញ្ចូលក្នុងតារាង៖ គ្រាប់ចុច Tab ទៅក្រឡាបន្ទាប់ Enter នៅលើជួរដេកមួយបន្ថែមជួរដេកបន្ទាប់ ហើយ Del លុបជួរដេកដែលបានជ្រើសរើស។ ក្រឡាពណ៌ក្រហមប្រាប់ពីកំហុស នៅពេលអ្នកដាក់ទស្សន៍ទ្រនិចលើវា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add row</source>
        <translation>បន្ថែមជួរដេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rows</source>
        <translation>ដកជួរដេកចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save crew list</source>
        <translation>រក្សាទុកបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Problems to correct: %1</source>
        <translation>បញ្ហាដែលត្រូវកែ៖ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings from the MRZ to check</source>
        <translation>ការព្រមានពី MRZ ដែលត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1, %2:</source>
        <translation>ជួរដេកទី %1, %2៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(from the MRZ, accepted)</source>
        <translation>(ពី MRZ និងបានទទួលយក)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Correct the cells marked in red first (they are listed under the table).</source>
        <translation>សូមកែក្រឡាដែលមានសញ្ញាពណ៌ក្រហមជាមុនសិន (ក្រឡាទាំងនោះត្រូវបានរាយនៅក្រោមតារាង)។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the crew list…</source>
        <translation>កំពុងរក្សាទុកបញ្ជីនាវិក…</translation>
    </message>
</context>
<context>
    <name>CrewMembersModel</name>
    <message>
        <location filename="../piu_desk/ui/records/crew_tab.py" line="+77"/>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name</source>
        <translation>នាមត្រកូល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>នាមខ្លួន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating</source>
        <translation>ឋានៈ ឬមុខងារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document</source>
        <translation>ឯកសារអត្តសញ្ញាណ</translation>
    </message>
</context>
<context>
    <name>CrewRowsModel</name>
    <message>
        <location filename="../piu_desk/ui/crew_entry/rows_model.py" line="+105"/>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name</source>
        <translation>នាមត្រកូល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>នាមខ្លួន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating</source>
        <translation>ឋានៈ ឬមុខងារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth</source>
        <translation>ទីកន្លែងកំណើត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity document</source>
        <translation>ឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>លេខឯកសារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuing state</source>
        <translation>រដ្ឋចេញឯកសារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry date</source>
        <translation>កាលបរិច្ឆេទផុតកំណត់</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Year-month-day, for example 1990-04-25</source>
        <translation>ឆ្នាំ-ខែ-ថ្ងៃ ឧទាហរណ៍ 1990-04-25</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>From the MRZ, accepted: %1</source>
        <translation>ពី MRZ និងបានទទួលយក៖ %1</translation>
    </message>
</context>
<context>
    <name>CrewTab</name>
    <message>
        <location filename="../piu_desk/ui/records/crew_tab.py" line="+52"/>
        <source>Crew list:</source>
        <translation>បញ្ជីនាវិក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No crew list has been entered for this port call.</source>
        <translation>មិនទាន់មានបញ្ជីនាវិកត្រូវបានបញ្ចូលសម្រាប់ការចូលចតកំពង់ផែនេះទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add crew list…</source>
        <translation>បន្ថែមបញ្ជីនាវិក…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This crew list on the IMO FAL Form 5, to print</source>
        <translation>បញ្ជីនាវិកនេះតាមទម្រង់ IMO FAL លេខ 5 សម្រាប់បោះពុម្ព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import sheet…</source>
        <translation>នាំចូលសន្លឹកតារាង…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the crew list a shipping agent sent as a spreadsheet (XLSX or CSV)</source>
        <translation>នាំចូលបញ្ជីនាវិកដែលភ្នាក់ងារនាវាបានផ្ញើមកជាឯកសារតារាង (XLSX ឬ CSV)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Arrival</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 crew · %3</source>
        <translation>%1 · នាវិក %2 នាក់ · %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Preparing the crew list…</source>
        <translation>កំពុងរៀបចំបញ្ជីនាវិក…</translation>
    </message>
</context>
<context>
    <name>CustodySection</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_section.py" line="+52"/>
        <source>Returned</source>
        <translation>បានប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>បានផ្ទេរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for repair</source>
        <translation>បានបញ្ជូនទៅជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>បាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen</source>
        <translation>ត្រូវបានលួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed of</source>
        <translation>បានបោះចោល</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Custody</source>
        <translation>ការកាន់កាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by holder, tag, description or serial</source>
        <translation>ត្រងតាមអ្នកកាន់កាប់ ស្លាក ការពិពណ៌នា ឬលេខស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything issued</source>
        <translation>អ្វីៗទាំងអស់ដែលបានបើកផ្តល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting signature</source>
        <translation>កំពុងរង់ចាំហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return overdue</source>
        <translation>ហួសកំណត់ប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue…</source>
        <translation>បើកផ្តល់…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back…</source>
        <translation>ទទួលត្រឡប់វិញ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>ផ្ទេរ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance…</source>
        <translation>ការបញ្ជាក់ការទទួល…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report loss or damage…</source>
        <translation>រាយការណ៍ការបាត់ ឬការខូចខាត…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holders list as PDF…</source>
        <translation>បញ្ជីអ្នកកាន់កាប់ជា PDF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{items} items issued to {holders} holders · {awaiting} awaiting signature · {overdue} overdue</source>
        <translation>សម្ភារៈ {items} បានបើកផ្តល់ឲ្យអ្នកកាន់កាប់ {holders} · {awaiting} កំពុងរង់ចាំហត្ថលេខា · {overdue} ហួសកំណត់</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an item to see its custody history.</source>
        <translation>សូមជ្រើសរើសសម្ភារៈមួយ ដើម្បីមើលប្រវត្តិនៃការកាន់កាប់របស់វា។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody history of {tag}</source>
        <translation>ប្រវត្តិនៃការកាន់កាប់ {tag}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Preparing the holders list…</source>
        <translation>កំពុងរៀបចំបញ្ជីអ្នកកាន់កាប់…</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/report_dialog.py" line="+127"/>
        <location line="+119"/>
        <source>Daily report</source>
        <translation>របាយការណ៍ប្រចាំថ្ងៃ</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Period:</source>
        <translation>រយៈពេល៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>ភាសារបាយការណ៍៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s language, whatever language the window is in</source>
        <translation>ភាសារបស់របាយការណ៍ ដោយមិនគិតពីភាសារបស់បង្អួច</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a period the report can cover.</source>
        <translation>សូមជ្រើសរើសរយៈពេលដែលរបាយការណ៍អាចគ្របដណ្តប់បាន។</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Preparing the preview…</source>
        <translation>កំពុងរៀបចំការមើលជាមុន…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issued as report {number}, verification code {code}.</source>
        <translation>បានចេញជារបាយការណ៍លេខ {number} លេខកូដផ្ទៀងផ្ទាត់ {code}។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This preview is a draft. The report is given its number and verification code, and recorded, when you print it or save it.</source>
        <translation>ការមើលជាមុននេះជាសេចក្តីព្រាង។ របាយការណ៍នឹងទទួលបានលេខ និងលេខកូដផ្ទៀងផ្ទាត់ ហើយត្រូវបានកត់ត្រា នៅពេលអ្នកបោះពុម្ព ឬរក្សាទុកវា។</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Issuing the daily report…</source>
        <translation>កំពុងចេញរបាយការណ៍ប្រចាំថ្ងៃ…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The printer could not be opened. Check that it is switched on and connected, then print again.</source>
        <translation>មិនអាចបើកម៉ាស៊ីនបោះពុម្ពបានទេ។ សូមពិនិត្យថាវាបានបើក និងភ្ជាប់ រួចបោះពុម្ពម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/section.py" line="+125"/>
        <source>&amp;Daily report…</source>
        <translation>របាយការណ៍ប្រចាំថ្ងៃ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, print or save the daily report</source>
        <translation>មើលជាមុន បោះពុម្ព ឬរក្សាទុករបាយការណ៍ប្រចាំថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify a printed report…</source>
        <translation>ផ្ទៀងផ្ទាត់របាយការណ៍ដែលបានបោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a paper copy&apos;s report number and verification code</source>
        <translation>ពិនិត្យលេខរបាយការណ៍ និងលេខកូដផ្ទៀងផ្ទាត់នៃច្បាប់ចម្លងក្រដាស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrivals today</source>
        <translation>ការមកដល់ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departures today</source>
        <translation>ការចេញដំណើរថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections today</source>
        <translation>ការត្រួតពិនិត្យថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew screened today</source>
        <translation>នាវិកដែលបានពិនិត្យធៀបថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Open alerts</source>
        <translation>ការជូនដំណឹងមិនទាន់សម្រេច</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New tip-offs</source>
        <translation>ព័ត៌មានតម្រុយថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment overdue</source>
        <translation>សម្ភារៈហួសកំណត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>30 ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval queue</source>
        <translation>ជួររង់ចាំការអនុម័ត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue equipment</source>
        <translation>សម្ភារៈហួសកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange with headquarters</source>
        <translation>ការផ្លាស់ប្តូរទិន្នន័យជាមួយទីស្នាក់ការកណ្តាល</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click to open the list</source>
        <translation>ចុចដើម្បីបើកបញ្ជី</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today, {date}</source>
        <translation>ថ្ងៃនេះ {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no crew list</source>
        <translation>គ្មានបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one crew list</source>
        <translation>បញ្ជីនាវិក 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} crew lists</source>
        <translation>បញ្ជីនាវិក {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} raised today</source>
        <translation>{count} កើតឡើងថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} received today</source>
        <translation>{count} បានទទួលថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected back before today</source>
        <translation>គ្រោងប្រគល់ត្រឡប់វិញមុនថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One inspection waits for your approval.</source>
        <translation>ការត្រួតពិនិត្យ 1 កំពុងរង់ចាំការអនុម័តរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} inspections wait for your approval.</source>
        <translation>ការត្រួតពិនិត្យចំនួន {count} កំពុងរង់ចាំការអនុម័តរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No inspection is waiting for approval.</source>
        <translation>គ្មានការត្រួតពិនិត្យណាកំពុងរង់ចាំការអនុម័តទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the approval queue</source>
        <translation>បើកជួររង់ចាំការអនុម័ត</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} alerts wait for a decision, newest first.</source>
        <translation>ការជូនដំណឹងចំនួន {count} កំពុងរង់ចាំការសម្រេច (ថ្មីបំផុតមុន)។</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No open alert.</source>
        <translation>គ្មានការជូនដំណឹងមិនទាន់សម្រេចទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the alerts</source>
        <translation>បើកការជូនដំណឹង</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} items are overdue for return.</source>
        <translation>សម្ភារៈចំនួន {count} ហួសកំណត់ប្រគល់ត្រឡប់វិញ។</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No equipment is overdue.</source>
        <translation>គ្មានសម្ភារៈណាហួសកំណត់ទេ។</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>One alert waits for a decision.</source>
        <translation>ការជូនដំណឹង 1 កំពុងរង់ចាំការសម្រេច។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One item is overdue for return.</source>
        <translation>សម្ភារៈ 1 ហួសកំណត់ប្រគល់ត្រឡប់វិញ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open custody</source>
        <translation>បើកផ្នែកការកាន់កាប់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exchange with headquarters yet.</source>
        <translation>មិនទាន់មានការផ្លាស់ប្តូរទិន្នន័យជាមួយទីស្នាក់ការកណ្តាលនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last exchange: {when}, by {who}.</source>
        <translation>ការផ្លាស់ប្តូរចុងក្រោយ៖ {when} ដោយ {who}។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{tag} {item}, held by {holder}, expected back {date}</source>
        <translation>{tag} {item} កាន់កាប់ដោយ {holder} គ្រោងប្រគល់ត្រឡប់វិញ {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{vessel}, begun {when}, by {who}</source>
        <translation>{vessel} ចាប់ផ្តើម {when} ដោយ {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{subject} may be {entry}</source>
        <translation>{subject} អាចជា {entry}</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <location filename="../piu_desk/ui/equipment/tiles.py" line="+81"/>
        <source>Issued</source>
        <translation>បានបើកផ្តល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maintenance due</source>
        <translation>ការថែទាំដល់កំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification overdue</source>
        <translation>ការផ្ទៀងផ្ទាត់ហួសកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost or stolen this year</source>
        <translation>បាត់ ឬត្រូវបានលួចក្នុងឆ្នាំនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items issued to an officer or a place today</source>
        <translation>សម្ភារៈដែលបានបើកផ្តល់ឲ្យមន្ត្រី ឬទីកន្លែងណាមួយនៅថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with maintenance overdue or due in the next 30 days</source>
        <translation>សម្ភារៈដែលការថែទាំហួសកំណត់ ឬដល់កំណត់ក្នុងរយៈពេល 30 ថ្ងៃខាងមុខ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items in service not verified in the last 12 months</source>
        <translation>សម្ភារៈកំពុងប្រើប្រាស់ដែលមិនបានផ្ទៀងផ្ទាត់ក្នុងរយៈពេល 12 ខែចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items reported lost or stolen since 1 January</source>
        <translation>សម្ភារៈដែលបានរាយការណ៍ថាបាត់ ឬត្រូវបានលួចចាប់ពីថ្ងៃទី 1 ខែមករា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to show only these items</source>
        <translation>ចុចដើម្បីបង្ហាញតែសម្ភារៈទាំងនេះ</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/chart.py" line="+45"/>
        <source>Arrivals</source>
        <translation>ការមកដល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspections</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>ការជូនដំណឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals, inspections and alerts per day, last 30 days</source>
        <translation>ការមកដល់ ការត្រួតពិនិត្យ និងការជូនដំណឹងប្រចាំថ្ងៃ ក្នុងរយៈពេល 30 ថ្ងៃចុងក្រោយ</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <location filename="../piu_desk/ui/intel/alert_decision.py" line="+72"/>
        <source>&amp;Note (required for a false positive or an HQ check):</source>
        <translation>កំណត់សម្គាល់ (ចាំបាច់សម្រាប់ការផ្គូផ្គងខុស ឬការពិនិត្យដោយទីស្នាក់ការកណ្តាល)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you checked: the passport sighted, the date of birth asked, who you told…</source>
        <translation>អ្វីដែលអ្នកបានពិនិត្យ៖ លិខិតឆ្លងដែនដែលបានឃើញ ថ្ងៃខែឆ្នាំកំណើតដែលបានសួរ អ្នកដែលអ្នកបានប្រាប់…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed match</source>
        <translation>ការផ្គូផ្គងត្រូវបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the person or vessel on the watchlist: marked wherever it appears</source>
        <translation>ជាបុគ្គល ឬនាវាក្នុងបញ្ជីតាមដាន៖ នឹងត្រូវសម្គាល់គ្រប់កន្លែងដែលវាលេចឡើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive</source>
        <translation>ការផ្គូផ្គងខុស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same: this pair does not alert again unless either side changes</source>
        <translation>មិនដូចគ្នា៖ គូនេះនឹងមិនបង្កការជូនដំណឹងម្តងទៀតទេ លុះត្រាតែម្ខាងណាមួយផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs HQ check</source>
        <translation>ត្រូវឲ្យទីស្នាក់ការកណ្តាលពិនិត្យ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot tell from here: headquarters is asked to check</source>
        <translation>អ្នកមិនអាចកំណត់បាននៅទីនេះទេ៖ ទីស្នាក់ការកណ្តាលនឹងត្រូវបានស្នើឲ្យពិនិត្យ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change the decision</source>
        <translation>ប្តូរសេចក្តីសម្រេច</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your decision</source>
        <translation>សេចក្តីសម្រេចរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided: %1 — by %2, %3.</source>
        <translation>បានសម្រេច៖ %1 — ដោយ %2 %3។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>កំណត់សម្គាល់៖ %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../piu_desk/ui/login.py" line="+222"/>
        <source>Demo store</source>
        <translation>ឃ្លាំងទិន្នន័យសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a demonstration store with made-up data. These passwords are public; click an account to use it.</source>
        <translation>នេះជាឃ្លាំងទិន្នន័យសាកល្បងដែលមានទិន្នន័យប្រឌិត។ ពាក្យសម្ងាត់ទាំងនេះជាសាធារណៈ។ សូមចុចលើគណនីណាមួយដើម្បីប្រើ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../piu_desk/ui/status_bar.py" line="+75"/>
        <source>Open alerts: {count}</source>
        <translation>ការជូនដំណឹងមិនទាន់សម្រេច៖ {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Station: {name} ({locode})</source>
        <translation>ស្ថានីយ៖ {name} ({locode})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked</source>
        <translation>បានចាក់សោ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlocked</source>
        <translation>បានដោះសោ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key</source>
        <translation>សោស្តារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {name}</source>
        <translation>អ្នកប្រើប្រាស់៖ {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles: {roles}</source>
        <translation>តួនាទី៖ {roles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store: check needed</source>
        <translation>ឃ្លាំងទិន្នន័យ៖ ត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store: OK</source>
        <translation>ឃ្លាំងទិន្នន័យ៖ ប្រក្រតី</translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/incident_dialog.py" line="+144"/>
        <source>Disposed of on:</source>
        <translation>បោះចោលនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorised by:</source>
        <translation>អនុញ្ញាតដោយ៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authorisation ref.:</source>
        <translation>លេខយោងការអនុញ្ញាត៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>មូលហេតុ៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispose of an item</source>
        <translation>បោះចោលសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}
A disposal cannot be undone: the item leaves the register for good.</source>
        <translation>{item}
ការបោះចោលមិនអាចត្រឡប់វិញបានទេ៖ សម្ភារៈនេះនឹងចេញពីបញ្ជីសម្ភារៈជាស្ថាពរ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name and position</source>
        <translation>ឈ្មោះ និងមុខតំណែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. letter or minute number</source>
        <translation>ឧ. លេខលិខិត ឬលេខកំណត់ហេតុប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispose of</source>
        <translation>បោះចោល</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/pages.py" line="+122"/>
        <source>Crew list imported</source>
        <translation>បាននាំចូលបញ្ជីនាវិក</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_models.py" line="+30"/>
        <source>Tag</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ដល់កំណត់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overdue</source>
        <translation>ហួសកំណត់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due soon</source>
        <translation>ជិតដល់កំណត់</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../piu_desk/ui/records/duplicates.py" line="+101"/>
        <source>It is a different vessel — register it</source>
        <translation>វាជានាវាផ្សេង — ចុះបញ្ជីវា</translation>
    </message>
</context>
<context>
    <name>EditPortCallDialog</name>
    <message>
        <location filename="../piu_desk/ui/records/arrival_dialog.py" line="+241"/>
        <source>Edit port call</source>
        <translation>កែប្រែការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
</context>
<context>
    <name>EntryCommon</name>
    <message>
        <location filename="../piu_desk/ui/entry_common.py" line="+84"/>
        <source>{name} ({flag}, IMO {imo})</source>
        <translation>{name} (ទង់ជាតិ {flag}, IMO {imo})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({flag})</source>
        <translation>{name} (ទង់ជាតិ {flag})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrived {when}</source>
        <translation>មកដល់ {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>berth {berth}</source>
        <translation>ចំណត {berth}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>voyage {voyage}</source>
        <translation>ជើងដំណើរ {voyage}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {port}</source>
        <translation>មកពី {port}</translation>
    </message>
</context>
<context>
    <name>Equipment</name>
    <message>
        <location filename="../piu_desk/core/domain/asset.py" line="+56"/>
        <source>New</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>ល្អ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>ខ្សោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unserviceable</source>
        <translation>មិនអាចប្រើការបាន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In store</source>
        <translation>ក្នុងឃ្លាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Issued</source>
        <translation>បានបើកផ្តល់</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Under repair</source>
        <translation>កំពុងជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>បាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen</source>
        <translation>ត្រូវបានលួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Disposed of</source>
        <translation>បានបោះចោល</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Received from the donor</source>
        <translation>បានទទួលពីម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt accepted</source>
        <translation>បានបញ្ជាក់ការទទួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to store</source>
        <translation>បានប្រគល់ត្រឡប់ចូលឃ្លាំងវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>បានផ្ទេរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for repair</source>
        <translation>បានបញ្ជូនទៅជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from repair</source>
        <translation>បានត្រឡប់មកពីការជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance done</source>
        <translation>បានថែទាំរួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage reported</source>
        <translation>បានរាយការណ៍ការខូចខាត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss reported</source>
        <translation>បានរាយការណ៍ការបាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theft reported</source>
        <translation>បានរាយការណ៍ការលួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered</source>
        <translation>បានរកឃើញវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/campaigns.py" line="-127"/>
        <source>Found</source>
        <translation>រកឃើញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>រកមិនឃើញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>ខូចខាត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanned twice</source>
        <translation>បានស្កេនពីរដង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the register</source>
        <translation>មិនមានក្នុងបញ្ជីសម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/incidents.py" line="-58"/>
        <source>Damage</source>
        <translation>ការខូចខាត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>ការបាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theft</source>
        <translation>ការលួច</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../piu_desk/core/desk.py" line="-62"/>
        <source>The supervisor key has not reached this account yet; it arrives when another supervisor next logs in.</source>
        <translation>សោប្រធានក្រុមមិនទាន់មកដល់គណនីនេះនៅឡើយទេ។ សោនេះនឹងមកដល់ នៅពេលប្រធានក្រុមម្នាក់ទៀតចូលលើកក្រោយ។</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The recovery key has no password to change.</source>
        <translation>សោស្តារគ្មានពាក្យសម្ងាត់សម្រាប់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/errors.py" line="+31"/>
        <source>Wrong user name or password. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។ សូមពិនិត្យភាសាក្តារចុច និង Caps Lock រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too many failed log-ins. Try again in {seconds} s.</source>
        <translation>ការចូលមិនបានសម្រេចច្រើនដងពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេល {seconds} វិនាទី។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account {user} is disabled. Ask an administrator.</source>
        <translation>គណនី {user} ត្រូវបានបិទ។ សូមទាក់ទងអ្នកគ្រប់គ្រងប្រព័ន្ធ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This account&apos;s key slot has been altered and cannot be trusted. Log in with another account or the recovery key, and report it to your supervisor.</source>
        <translation>ប្រអប់សោរបស់គណនីនេះត្រូវបានកែប្រែ ហើយមិនអាចទុកចិត្តបានទេ។ សូមចូលដោយប្រើគណនីផ្សេង ឬសោស្តារ ហើយរាយការណ៍រឿងនេះជូនប្រធានក្រុមរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recovery key is not valid: {detail} Check each group against the printed sheet.</source>
        <translation>សោស្តារមិនត្រឹមត្រូវទេ៖ {detail} សូមផ្ទៀងផ្ទាត់ក្រុមនីមួយៗជាមួយសន្លឹកដែលបានបោះពុម្ព។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has {found} letters and digits, not {expected}.</source>
        <translation>វាមានអក្សរ និងលេខចំនួន {found} មិនមែន {expected} ទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group {groups} has a typo.</source>
        <translation>ក្រុមទី {groups} មានកំហុសវាយអក្សរ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the groups are in the wrong order.</source>
        <translation>ក្រុមទាំងនោះមិនស្ថិតតាមលំដាប់ត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is well formed but does not open this store (is it the sheet of another desk, or an older key that was replaced?).</source>
        <translation>វាមានទម្រង់ត្រឹមត្រូវ ប៉ុន្តែមិនអាចបើកឃ្លាំងទិន្នន័យនេះបានទេ (តើវាជាសន្លឹករបស់តុការងារផ្សេង ឬជាសោចាស់ដែលត្រូវបានជំនួសហើយឬ?)។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIU Desk is already open on this store ({holder}). Switch to that window, or close it first.</source>
        <translation>PIU Desk កំពុងបើកឃ្លាំងទិន្នន័យនេះរួចហើយ ({holder})។ សូមប្តូរទៅបង្អួចនោះ ឬបិទវាជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No PIU Desk store at {path}. Create one with &apos;piu-desk init&apos;, or name the right folder with --store.</source>
        <translation>គ្មានឃ្លាំងទិន្នន័យ PIU Desk នៅ {path} ទេ។ សូមបង្កើតមួយដោយប្រើ &apos;piu-desk init&apos; ឬបញ្ជាក់ថតដែលត្រឹមត្រូវដោយប្រើ --store។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PIU Desk store already exists at {path}. Choose an empty folder.</source>
        <translation>មានឃ្លាំងទិន្នន័យ PIU Desk នៅ {path} រួចហើយ។ សូមជ្រើសរើសថតទទេ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The store is damaged and cannot be used safely. Do not write to it; restore the latest backup or call support. (Technical detail: {detail})</source>
        <translation>ឃ្លាំងទិន្នន័យខូច ហើយមិនអាចប្រើដោយសុវត្ថិភាពបានទេ។ កុំសរសេរអ្វីចូលក្នុងវា។ សូមស្តារពីការបម្រុងទុកចុងក្រោយបំផុត ឬទាក់ទងផ្នែកគាំទ្របច្ចេកទេស។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This store was made by a newer PIU Desk (schema {found}; this one knows {known}). Install the newer version.</source>
        <translation>ឃ្លាំងទិន្នន័យនេះត្រូវបានបង្កើតដោយ PIU Desk កំណែថ្មីជាង (រចនាសម្ព័ន្ធកំណែ {found}; កម្មវិធីនេះស្គាល់ត្រឹមកំណែ {known})។ សូមដំឡើងកំណែថ្មីជាងនេះ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding {path} is full. Nothing was saved; free some space and try again.</source>
        <translation>ថាសដែលផ្ទុក {path} ពេញហើយ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមបង្កើតទំហំទំនេរខ្លះ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot use {path}. Check that the drive is still connected and writable, then try again. (System message: {reason})</source>
        <translation>មិនអាចប្រើ {path} បានទេ។ សូមពិនិត្យថាឧបករណ៍ផ្ទុកនៅតែភ្ជាប់ ហើយអាចសរសេរបាន រួចព្យាយាមម្តងទៀត។ (សារប្រព័ន្ធ៖ {reason})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your account may not do this ({action}). Ask a user who holds the right role.</source>
        <translation>គណនីរបស់អ្នកគ្មានសិទ្ធិធ្វើការនេះទេ ({action})។ សូមស្នើអ្នកប្រើប្រាស់ដែលមានតួនាទីត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The desk is locked. Log in again to continue.</source>
        <translation>តុការងារត្រូវបានចាក់សោ។ សូមចូលម្តងទៀតដើម្បីបន្ត។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This backup file cannot be used: {reason}. Nothing was changed.</source>
        <translation>ឯកសារបម្រុងទុកនេះមិនអាចប្រើបានទេ៖ {reason}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a PIU Desk backup</source>
        <translation>វាមិនមែនជាឯកសារបម្រុងទុករបស់ PIU Desk ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is cut short</source>
        <translation>វាត្រូវបានកាត់ខ្លី មិនពេញលេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its header is too large</source>
        <translation>ផ្នែកក្បាលរបស់វាធំពេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its header is damaged</source>
        <translation>ផ្នែកក្បាលរបស់វាខូច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its database part is damaged or cut short</source>
        <translation>ផ្នែកមូលដ្ឋានទិន្នន័យរបស់វាខូច ឬមិនពេញលេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its key slots are damaged</source>
        <translation>ប្រអប់សោរបស់វាខូច</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>បានបោះបង់។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/errors.py" line="+26"/>
        <source>Something went wrong inside PIU Desk. Nothing was changed. The details are in the log file; please tell support.</source>
        <translation>មានបញ្ហាកើតឡើងនៅក្នុង PIU Desk។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ ព័ត៌មានលម្អិតមាននៅក្នុងឯកសារកំណត់ហេតុ។ សូមជូនដំណឹងទៅផ្នែកគាំទ្របច្ចេកទេស។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIU Desk</source>
        <translation>PIU Desk</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/age/errors.py" line="+28"/>
        <source>This encrypted file is not addressed to this desk: none of its keys opens it. Nothing was read from it.</source>
        <translation>ឯកសារដែលដាក់កូដសម្ងាត់នេះមិនត្រូវបានផ្ញើមកតុការងារនេះទេ៖ គ្មានសោណាមួយរបស់វាអាចបើកវាបានទេ។ គ្មានអ្វីត្រូវបានអានពីវាទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file is not an encrypted file this desk can read: its header is damaged or of an unknown kind. Nothing was read from it. (Technical detail: {detail})</source>
        <translation>ឯកសារនេះមិនមែនជាឯកសារដាក់កូដសម្ងាត់ដែលតុការងារនេះអាចអានបានទេ៖ ផ្នែកក្បាលរបស់វាខូច ឬជាប្រភេទដែលមិនស្គាល់។ គ្មានអ្វីត្រូវបានអានពីវាទេ។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This encrypted file&apos;s header was altered after it was written. Do not use it; ask the sender for a new copy.</source>
        <translation>ផ្នែកក្បាលនៃឯកសារដាក់កូដសម្ងាត់នេះត្រូវបានកែប្រែក្រោយពេលវាត្រូវបានសរសេរ។ កុំប្រើវា។ សូមស្នើអ្នកផ្ញើឲ្យផ្ញើច្បាប់ថ្មី។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This encrypted file is damaged, cut short or was altered after it was written. Nothing read from it may be used; ask the sender for a new copy. (Technical detail: {detail})</source>
        <translation>ឯកសារដាក់កូដសម្ងាត់នេះខូច មិនពេញលេញ ឬត្រូវបានកែប្រែក្រោយពេលវាត្រូវបានសរសេរ។ មិនត្រូវប្រើអ្វីដែលបានអានពីវាឡើយ។ សូមស្នើអ្នកផ្ញើឲ្យផ្ញើច្បាប់ថ្មី។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a usable encryption key. Check that it was copied whole, without spaces or line breaks. (Technical detail: {detail})</source>
        <translation>នេះមិនមែនជាសោដាក់កូដសម្ងាត់ដែលអាចប្រើបានទេ។ សូមពិនិត្យថាវាត្រូវបានចម្លងទាំងស្រុង ដោយគ្មានដកឃ្លា ឬចុះបន្ទាត់។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/bundle/errors.py" line="+30"/>
        <source>This exchange bundle is damaged or was altered: nothing from it was used. Ask the sender for a new bundle. (Technical detail: {detail})</source>
        <translation>កញ្ចប់ទិន្នន័យផ្លាស់ប្តូរនេះខូច ឬត្រូវបានកែប្រែ៖ គ្មានអ្វីពីវាត្រូវបានប្រើទេ។ សូមស្នើអ្នកផ្ញើឲ្យផ្ញើកញ្ចប់ទិន្នន័យថ្មី។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This exchange bundle is of version {version}, which this PIU Desk cannot read. Install the newer PIU Desk; nothing from it was used.</source>
        <translation>កញ្ចប់ទិន្នន័យផ្លាស់ប្តូរនេះជាកំណែ {version} ដែល PIU Desk នេះមិនអាចអានបានទេ។ សូមដំឡើង PIU Desk កំណែថ្មីជាង។ គ្មានអ្វីពីវាត្រូវបានប្រើទេ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This exchange bundle is larger than this desk accepts: nothing from it was used. (Technical detail: {detail})</source>
        <translation>កញ្ចប់ទិន្នន័យផ្លាស់ប្តូរនេះធំជាងទំហំដែលតុការងារនេះទទួលយក៖ គ្មានអ្វីពីវាត្រូវបានប្រើទេ។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This exchange bundle is signed with keys this desk does not know for {sender}. Nothing from it was used. If {sender} has new keys, enrol them after checking their fingerprints by phone.</source>
        <translation>កញ្ចប់ទិន្នន័យផ្លាស់ប្តូរនេះត្រូវបានចុះហត្ថលេខាដោយសោដែលតុការងារនេះមិនស្គាល់សម្រាប់ {sender}។ គ្មានអ្វីពីវាត្រូវបានប្រើទេ។ ប្រសិនបើ {sender} មានសោថ្មី សូមចុះបញ្ជីសោទាំងនោះ បន្ទាប់ពីបានផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃសោរបស់ពួកវាតាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This exchange bundle is signed with a key of {sender} that was revoked. Nothing from it was used; report it to your supervisor.</source>
        <translation>កញ្ចប់ទិន្នន័យផ្លាស់ប្តូរនេះត្រូវបានចុះហត្ថលេខាដោយសោរបស់ {sender} ដែលត្រូវបានដកហូតហើយ។ គ្មានអ្វីពីវាត្រូវបានប្រើទេ។ សូមរាយការណ៍រឿងនេះជូនប្រធានក្រុមរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signatures of this exchange bundle do not match its sender&apos;s keys: it was altered or forged. Nothing from it was used; report it to your supervisor. (Technical detail: {detail})</source>
        <translation>ហត្ថលេខានៃកញ្ចប់ទិន្នន័យផ្លាស់ប្តូរនេះមិនត្រូវគ្នានឹងសោរបស់អ្នកផ្ញើទេ៖ វាត្រូវបានកែប្រែ ឬក្លែងបន្លំ។ គ្មានអ្វីពីវាត្រូវបានប្រើទេ។ សូមរាយការណ៍រឿងនេះជូនប្រធានក្រុមរបស់អ្នក។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This exchange bundle was not sent to this desk by its signer (it was forwarded or re-addressed). Nothing from it was used; report it to your supervisor. (Technical detail: {detail})</source>
        <translation>កញ្ចប់ទិន្នន័យផ្លាស់ប្តូរនេះមិនត្រូវបានផ្ញើមកតុការងារនេះដោយអ្នកចុះហត្ថលេខារបស់វាទេ (វាត្រូវបានបញ្ជូនបន្ត ឬប្តូរអាសយដ្ឋាន)។ គ្មានអ្វីពីវាត្រូវបានប្រើទេ។ សូមរាយការណ៍រឿងនេះជូនប្រធានក្រុមរបស់អ្នក។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The drive was removed or could not be read; nothing was imported. Put the drive back and try again. (System message: {reason})</source>
        <translation>ឧបករណ៍ផ្ទុកត្រូវបានដកចេញ ឬមិនអាចអានបាន។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមភ្ជាប់ឧបករណ៍ផ្ទុកវិញ រួចព្យាយាមម្តងទៀត។ (សារប្រព័ន្ធ៖ {reason})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The drive was removed or could not be written; nothing was exported. Check the drive and try again. (System message: {reason})</source>
        <translation>ឧបករណ៍ផ្ទុកត្រូវបានដកចេញ ឬមិនអាចសរសេរបាន។ គ្មានអ្វីត្រូវបាននាំចេញទេ។ សូមពិនិត្យឧបករណ៍ផ្ទុក រួចព្យាយាមម្តងទៀត។ (សារប្រព័ន្ធ៖ {reason})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s disk could not hold the bundle while it was checked; nothing was imported. Free some space and try again. (System message: {reason})</source>
        <translation>ថាសរបស់កុំព្យូទ័រនេះមិនអាចផ្ទុកកញ្ចប់ទិន្នន័យបាន ខណៈពេលកំពុងពិនិត្យវា។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមបង្កើតទំហំទំនេរខ្លះ រួចព្យាយាមម្តងទៀត។ (សារប្រព័ន្ធ៖ {reason})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data for {entry} changed while it was being exported; nothing was exported. Try again.</source>
        <translation>ទិន្នន័យសម្រាប់ {entry} បានផ្លាស់ប្តូរ ខណៈពេលកំពុងនាំចេញ។ គ្មានអ្វីត្រូវបាននាំចេញទេ។ សូមព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle written to the drive did not read back correctly, so it was removed; nothing was exported. Try another drive. (Technical detail: {detail})</source>
        <translation>កញ្ចប់ទិន្នន័យដែលបានសរសេរទៅឧបករណ៍ផ្ទុក មិនអាចអានត្រឡប់មកវិញបានត្រឹមត្រូវទេ ដូច្នេះវាត្រូវបានលុបចោល។ គ្មានអ្វីត្រូវបាននាំចេញទេ។ សូមសាកល្បងឧបករណ៍ផ្ទុកផ្សេង។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../piu_desk/core/store/exchange_payload.py" line="+44"/>
        <source>A record in the bundle does not fit this desk&apos;s records, so nothing from the bundle was applied. Ask the sender to check their version of PIU Desk. ({detail})</source>
        <translation>កំណត់ត្រាមួយក្នុងកញ្ចប់ទិន្នន័យមិនស៊ីគ្នានឹងកំណត់ត្រារបស់តុការងារនេះទេ ដូច្នេះគ្មានអ្វីពីកញ្ចប់ទិន្នន័យត្រូវបានអនុវត្តទេ។ សូមស្នើអ្នកផ្ញើឲ្យពិនិត្យកំណែ PIU Desk របស់ពួកគេ។ ({detail})</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/sync/errors.py" line="+13"/>
        <source>No station or headquarters with this key ({what}) is known to this desk. Enrol it first, after comparing fingerprints by phone.</source>
        <translation>តុការងារនេះមិនស្គាល់ស្ថានីយ ឬទីស្នាក់ការកណ្តាលណាដែលមានសោនេះ ({what}) ទេ។ សូមចុះបញ្ជីវាជាមុនសិន បន្ទាប់ពីបានប្រៀបធៀបស្នាមម្រាមដៃសោតាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keys of {station} have been revoked on this desk; nothing signed with them is accepted.</source>
        <translation>សោរបស់ {station} ត្រូវបានដកហូតនៅលើតុការងារនេះ។ គ្មានអ្វីដែលចុះហត្ថលេខាដោយសោទាំងនោះត្រូវបានទទួលយកទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys are already pinned for {station}. A change of keys comes as a rotation signed by the old and the new keys.</source>
        <translation>សោសម្រាប់ {station} ត្រូវបានកំណត់ជាប់រួចហើយ។ ការផ្លាស់ប្តូរសោត្រូវមកជាសេចក្តីប្តូរសោ ដែលចុះហត្ថលេខាដោយទាំងសោចាស់ និងសោថ្មី។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key change is not valid and was not accepted: {detail}</source>
        <translation>ការផ្លាស់ប្តូរសោមិនត្រឹមត្រូវ ហើយមិនត្រូវបានទទួលយកទេ៖ {detail}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This conflict has already been settled.</source>
        <translation>ទំនាស់នេះត្រូវបានដោះស្រាយរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/export.py" line="+17"/>
        <source>Name the station to write the bundle for: this desk exchanges with more than one, or has not enrolled any yet.</source>
        <translation>សូមបញ្ជាក់ស្ថានីយដែលត្រូវសរសេរកញ្ចប់ទិន្នន័យជូន៖ តុការងារនេះផ្លាស់ប្តូរទិន្នន័យជាមួយស្ថានីយច្រើនជាងមួយ ឬមិនទាន់បានចុះបញ្ជីស្ថានីយណាមួយនៅឡើយទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/enrolment.py" line="+5"/>
        <source>The enrolment was refused and nothing was pinned: {detail}</source>
        <translation>ការចុះបញ្ជីត្រូវបានបដិសេធ ហើយគ្មានអ្វីត្រូវបានកំណត់ជាប់ទេ៖ {detail}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the file cannot be read ({error})</source>
        <translation>មិនអាចអានឯកសារបានទេ ({error})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large to be a key file</source>
        <translation>ឯកសារធំពេក មិនអាចជាឯកសារសោបានទេ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not a key file</source>
        <translation>ឯកសារនេះមិនមែនជាឯកសារសោទេ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not a {format} file</source>
        <translation>ឯកសារនេះមិនមែនជាឯកសារ {format} ទេ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signatures do not verify: the file has been changed</source>
        <translation>ការផ្ទៀងផ្ទាត់ហត្ថលេខាមិនត្រឹមត្រូវ៖ ឯកសារត្រូវបានកែប្រែ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file does not name its keys</source>
        <translation>ឯកសារនេះមិនបានបញ្ជាក់សោរបស់ខ្លួនទេ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keys in the file cannot be read</source>
        <translation>មិនអាចអានសោក្នុងឯកសារបានទេ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the age key in the file is not post-quantum</source>
        <translation>សោ age ក្នុងឯកសារមិនមែនជាសោក្រោយកង់ទិច (post-quantum) ទេ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fingerprint read out by phone does not match the keys in the file</source>
        <translation>ស្នាមម្រាមដៃសោដែលបានអានប្រាប់តាមទូរស័ព្ទ មិនត្រូវគ្នានឹងសោក្នុងឯកសារទេ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name the station by its id and its name</source>
        <translation>សូមបញ្ជាក់ស្ថានីយដោយលេខសម្គាល់ និងឈ្មោះរបស់វា</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only headquarters enrols stations</source>
        <translation>មានតែទីស្នាក់ការកណ្តាលប៉ុណ្ណោះដែលចុះបញ្ជីស្ថានីយ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file enrols {station}, not this desk ({here})</source>
        <translation>ឯកសារនេះចុះបញ្ជី {station} មិនមែនតុការងារនេះ ({here}) ទេ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{station} has not been enrolled on this desk</source>
        <translation>{station} មិនទាន់ត្រូវបានចុះបញ្ជីនៅលើតុការងារនេះទេ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/folder.py" line="+9"/>
        <source>The folder {folder} cannot be found. Plug the stick in again or choose another folder; nothing was changed.</source>
        <translation>រកមិនឃើញថត {folder} ទេ។ សូមដោតឧបករណ៍ផ្ទុក USB ម្តងទៀត ឬជ្រើសរើសថតផ្សេង។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/importing.py" line="+29"/>
        <source>Watchlist release {version} applied.</source>
        <translation>បានអនុវត្តបញ្ជីតាមដានកំណែ {version}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist release {version} not applied: this desk holds a newer one.</source>
        <translation>មិនបានអនុវត្តបញ្ជីតាមដានកំណែ {version} ទេ៖ តុការងារនេះមានកំណែថ្មីជាងរួចហើយ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watchlist release {version} not applied: it had expired. Headquarters sends it again with a new release.</source>
        <translation>មិនបានអនុវត្តបញ្ជីតាមដានកំណែ {version} ទេ៖ វាបានផុតកំណត់ហើយ។ ទីស្នាក់ការកណ្តាលនឹងផ្ញើវាម្តងទៀតជាកំណែថ្មី។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/releases.py" line="+6"/>
        <source>Only headquarters publishes the master watchlist. This desk receives it from headquarters with the exchange.</source>
        <translation>មានតែទីស្នាក់ការកណ្តាលប៉ុណ្ណោះដែលចេញផ្សាយបញ្ជីតាមដានមេ។ តុការងារនេះទទួលវាពីទីស្នាក់ការកណ្តាលតាមរយៈការផ្លាស់ប្តូរទិន្នន័យ។</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <location filename="../piu_desk/ui/exchange/section.py" line="+147"/>
        <source>Exchange</source>
        <translation>ការផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plug in the exchange stick, or use the shared folder, and press Exchange now: every bundle for this desk is read in, then this desk&apos;s new bundle is written to the same place.</source>
        <translation>សូមដោតឧបករណ៍ផ្ទុក USB សម្រាប់ផ្លាស់ប្តូរទិន្នន័យ ឬប្រើថតរួម ហើយចុច «ផ្លាស់ប្តូរទិន្នន័យឥឡូវនេះ»៖ កញ្ចប់ទិន្នន័យទាំងអស់សម្រាប់តុការងារនេះនឹងត្រូវបានអានចូល បន្ទាប់មកកញ្ចប់ទិន្នន័យថ្មីរបស់តុការងារនេះនឹងត្រូវបានសរសេរទៅកន្លែងដដែល។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to exchange</source>
        <translation>កន្លែងផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stick or folder:</source>
        <translation>USB ឬថត៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared folder:</source>
        <translation>ថតរួម៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for sticks</source>
        <translation>រកឧបករណ៍ផ្ទុក USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange now</source>
        <translation>ផ្លាស់ប្តូរទិន្នន័យឥឡូវនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last exchange</source>
        <translation>ការផ្លាស់ប្តូរចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came in:</source>
        <translation>ទិន្នន័យចូល៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went out:</source>
        <translation>ទិន្នន័យចេញ៖</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the shared exchange folder</source>
        <translation>ជ្រើសរើសថតរួមសម្រាប់ផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stick {name} ({path}, {free} free)</source>
        <translation>USB {name} ({path}, ទំនេរ {free})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none chosen</source>
        <translation>មិនទាន់ជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared folder {path}</source>
        <translation>ថតរួម {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only an exchange officer exchanges bundles; here you see the keys and the peers.</source>
        <translation>មានតែមន្ត្រីផ្លាស់ប្តូរទិន្នន័យប៉ុណ្ណោះដែលផ្លាស់ប្តូរកញ្ចប់ទិន្នន័យ។ នៅទីនេះ អ្នកឃើញសោ និងដៃគូ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stick found. Plug one in (it is found within a few seconds) or choose a shared folder.</source>
        <translation>រកមិនឃើញឧបករណ៍ផ្ទុក USB ទេ។ សូមដោតមួយ (វានឹងត្រូវរកឃើញក្នុងរយៈពេលពីរបីវិនាទី) ឬជ្រើសរើសថតរួម។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exchanging…</source>
        <translation>កំពុងផ្លាស់ប្តូរទិន្នន័យ…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PIU Desk</source>
        <translation>PIU Desk</translation>
    </message>
</context>
<context>
    <name>ExchangeSummary</name>
    <message>
        <location filename="../piu_desk/ui/exchange/summary.py" line="+25"/>
        <source>Bundles read: {n}</source>
        <translation>កញ្ចប់ទិន្នន័យដែលបានអាន៖ {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles applied: {bundles}; records changed: {records}; already up to date: {same}; attachments: {attachments}</source>
        <translation>កញ្ចប់ទិន្នន័យដែលបានអនុវត្ត៖ {bundles}; កំណត់ត្រាដែលបានផ្លាស់ប្តូរ៖ {records}; ទាន់សម័យរួចហើយ៖ {same}; ឯកសារភ្ជាប់៖ {attachments}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new bundle for this desk was in the folder.</source>
        <translation>គ្មានកញ្ចប់ទិន្នន័យថ្មីសម្រាប់តុការងារនេះនៅក្នុងថតទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts to resolve: {n} (both versions were kept)</source>
        <translation>ទំនាស់ដែលត្រូវដោះស្រាយ៖ {n} (កំណែទាំងពីរត្រូវបានរក្សាទុក)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for records still to come: {n}</source>
        <translation>កំពុងរង់ចាំកំណត់ត្រាដែលនឹងមកដល់៖ {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerts raised by screening the crew lists that came in: {n}</source>
        <translation>ការជូនដំណឹងដែលកើតឡើងពីការពិនិត្យធៀបបញ្ជីនាវិកដែលបានចូលមក៖ {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundles applied before, nothing changed: {n}</source>
        <translation>កញ្ចប់ទិន្នន័យដែលបានអនុវត្តរួចពីមុន គ្មានអ្វីផ្លាស់ប្តូរ៖ {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not for this desk, left on the stick: {names}</source>
        <translation>មិនមែនសម្រាប់តុការងារនេះ ទុកនៅលើ USB៖ {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused {name}, nothing of it used: {reason}</source>
        <translation>បានបដិសេធ {name} គ្មានអ្វីពីវាត្រូវបានប្រើទេ៖ {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No bundle was written: the exchange was cancelled.</source>
        <translation>គ្មានកញ្ចប់ទិន្នន័យត្រូវបានសរសេរទេ៖ ការផ្លាស់ប្តូរទិន្នន័យត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written: {file} for {peer} (number {sequence})</source>
        <translation>បានសរសេរ៖ {file} សម្រាប់ {peer} (លេខ {sequence})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes: {records}; attachments: {attachments}</source>
        <translation>ការផ្លាស់ប្តូរ៖ {records}; ឯកសារភ្ជាប់៖ {attachments}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments left for a later bundle: {n}</source>
        <translation>ឯកសារភ្ជាប់ដែលទុកសម្រាប់កញ្ចប់ទិន្នន័យលើកក្រោយ៖ {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eject the stick safely before you pull it out (Windows: &quot;Safely remove&quot;, Linux: &quot;Eject&quot;), or the bundle may be lost.</source>
        <translation>សូមបញ្ចេញ USB ដោយសុវត្ថិភាព មុនពេលដកវាចេញ (Windows៖ &quot;Safely remove&quot;, Linux៖ &quot;Eject&quot;) បើមិនដូច្នោះទេ កញ្ចប់ទិន្នន័យអាចបាត់បង់។</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../piu_desk/ui/wizard.py" line="+96"/>
        <source>PIU Desk — first start</source>
        <translation>PIU Desk — ការចាប់ផ្តើមលើកដំបូង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>បន្ទាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the store</source>
        <translation>បង្កើតឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start PIU Desk</source>
        <translation>ចាប់ផ្តើម PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_forms.py" line="+235"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>GradingMatrix</name>
    <message>
        <location filename="../piu_desk/ui/intel/grading_matrix.py" line="+167"/>
        <source>Grading — {scheme}</source>
        <translation>ការដាក់ចំណាត់ថ្នាក់ — {scheme}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick the cell where how reliable the source is (its row) meets how credible the information is (its column). Judge the two separately: a reliable source can pass on doubtful information.</source>
        <translation>សូម​ជ្រើសរើស​ក្រឡា​ដែល​កម្រិត​ភាពអាចទុកចិត្តបាន​នៃ​ប្រភព (ជួរដេក)​ជួប​នឹង​កម្រិត​ភាពជឿជាក់បាន​នៃ​ព័ត៌មាន (ជួរឈរ)។ ​សូម​វាយតម្លៃ​ទាំងពីរ​ដាច់ដោយឡែក​ពីគ្នា៖ ​ប្រភព​ដែល​អាចទុកចិត្តបាន​ក៏​អាច​បញ្ជូន​ព័ត៌មាន​ដែល​គួរឲ្យសង្ស័យ​ដែរ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source reliability</source>
        <translation>ភាពអាចទុកចិត្តបាននៃប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information credibility</source>
        <translation>ភាពជឿជាក់បាននៃព័ត៌មាន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the cell where the source&apos;s evaluation (its row) meets the assessment of the intelligence (its column), then the handling code.</source>
        <translation>សូម​ជ្រើសរើស​ក្រឡា​ដែល​ការវាយតម្លៃ​ប្រភព (ជួរដេក)​ជួប​នឹង​ការវាយតម្លៃ​ស៊ើបការណ៍ (ជួរឈរ) ​បន្ទាប់មក​ជ្រើសរើស​លេខកូដចាត់ចែង។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source evaluation</source>
        <translation>ការវាយតម្លៃប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intelligence assessment</source>
        <translation>ការវាយតម្លៃស៊ើបការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>ការចាត់ចែង</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{code}: source — {source}; information — {info}</source>
        <translation>{code}៖ ​ប្រភព — {source}; ​ព័ត៌មាន — {info}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear grade</source>
        <translation>លុបចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Grade: &lt;b&gt;{code}&lt;/b&gt; — {meaning}</source>
        <translation>ចំណាត់ថ្នាក់៖ &lt;b&gt;{code}&lt;/b&gt; — {meaning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the handling code (P or C) to finish the grade.</source>
        <translation>សូម​ជ្រើសរើស​លេខកូដចាត់ចែង (P ឬ C) ​ដើម្បី​បញ្ចប់​ការដាក់ចំណាត់ថ្នាក់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not graded yet. A tip-off is graded before it is assessed.</source>
        <translation>មិនទាន់​បាន​ដាក់ចំណាត់ថ្នាក់។ ​ព័ត៌មានតម្រុយ​ត្រូវ​បាន​ដាក់ចំណាត់ថ្នាក់​មុន​ពេល​វាយតម្លៃ។</translation>
    </message>
</context>
<context>
    <name>GradingSchemeDialog</name>
    <message>
        <location filename="../piu_desk/ui/intel/grading_scheme.py" line="+50"/>
        <source>Grading scheme</source>
        <translation>ប្រព័ន្ធដាក់ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheme this station grades new tip-offs in. Grades already given keep the scheme they were given in: they are never converted.</source>
        <translation>ប្រព័ន្ធដែលស្ថានីយនេះប្រើដើម្បីដាក់ចំណាត់ថ្នាក់ព័ត៌មានតម្រុយថ្មី។ ចំណាត់ថ្នាក់ដែលបានផ្តល់រួចហើយ រក្សាប្រព័ន្ធដែលបានប្រើនៅពេលផ្តល់៖ វាមិនត្រូវបានបម្លែងឡើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use it</source>
        <translation>ប្រើប្រព័ន្ធនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/handover_dialog.py" line="+135"/>
        <source>Import a handover list</source>
        <translation>នាំចូលបញ្ជីប្រគល់សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the list…</source>
        <translation>ជ្រើសរើសបញ្ជី…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The donor&apos;s handover list, as XLSX or CSV, with a row of column titles above the items.</source>
        <translation>បញ្ជីប្រគល់សម្ភារៈរបស់ម្ចាស់ជំនួយ ជាឯកសារ XLSX ឬ CSV ដែលមានជួរដេកចំណងជើងជួរឈរនៅពីលើសម្ភារៈ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover</source>
        <translation>ការប្រគល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the sheet (* must be there)</source>
        <translation>ជួរឈរនៃសន្លឹកតារាង (* ត្រូវតែមាន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only rows with problems</source>
        <translation>តែជួរដេកដែលមានបញ្ហា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save handover certificate…</source>
        <translation>រក្សាទុកវិញ្ញាបនបត្រប្រគល់សម្ភារៈ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the handover list</source>
        <translation>ជ្រើសរើសបញ្ជីប្រគល់សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover lists (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>បញ្ជីប្រគល់សម្ភារៈ (*.xlsx *.xlsm *.csv);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the list…</source>
        <translation>កំពុងអានបញ្ជី…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 items were added to the register. Print the handover certificate for signature.</source>
        <translation>សម្ភារៈចំនួន %1 ត្រូវបានបន្ថែមទៅក្នុងបញ្ជីសម្ភារៈ។ សូមបោះពុម្ពវិញ្ញាបនបត្រប្រគល់សម្ភារៈ ដើម្បីចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the sheet&apos;s column for: %1.</source>
        <translation>សូមជ្រើសរើសជួរឈរនៃសន្លឹកតារាងសម្រាប់៖ %1។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows ready to import, %2 with problems.</source>
        <translation>ជួរដេក %1 រួចរាល់សម្រាប់នាំចូល, %2 មានបញ្ហា។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1 items</source>
        <translation>នាំចូលសម្ភារៈ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import only the valid rows?</source>
        <translation>នាំចូលតែជួរដេកដែលត្រឹមត្រូវឬ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows have problems and will not be imported. Import the %2 valid rows now?</source>
        <translation>ជួរដេកចំនួន %1 មានបញ្ហា ហើយនឹងមិនត្រូវបាននាំចូលទេ។ នាំចូលជួរដេកត្រឹមត្រូវចំនួន %2 ឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid rows</source>
        <translation>នាំចូលជួរដេកដែលត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing the items…</source>
        <translation>កំពុងនាំចូលសម្ភារៈ…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the certificate…</source>
        <translation>កំពុងរៀបចំវិញ្ញាបនបត្រ…</translation>
    </message>
</context>
<context>
    <name>HandoverFields</name>
    <message>
        <location filename="../piu_desk/ui/equipment/handover_form.py" line="+43"/>
        <source>Donor:</source>
        <translation>ម្ចាស់ជំនួយ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement:</source>
        <translation>កិច្ចព្រមព្រៀង៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant code:</source>
        <translation>លេខកូដជំនួយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover date:</source>
        <translation>កាលបរិច្ឆេទប្រគល់៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handover document:</source>
        <translation>ឯកសារប្រគល់៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For rows without one</source>
        <translation>សម្រាប់ជួរដេកដែលគ្មាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery note or letter reference</source>
        <translation>លេខយោងប័ណ្ណដឹកជញ្ជូន ឬលិខិត</translation>
    </message>
</context>
<context>
    <name>HandoverRows</name>
    <message>
        <location filename="../piu_desk/ui/equipment/handover_rows.py" line="+23"/>
        <source>Asset tag</source>
        <translation>ស្លាកសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make</source>
        <translation>ម៉ាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>ម៉ូដែល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>លេខស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>កិច្ចព្រមព្រៀង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant code</source>
        <translation>លេខកូដជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover date</source>
        <translation>កាលបរិច្ឆេទប្រគល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover document</source>
        <translation>ឯកសារប្រគល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (KHR)</source>
        <translation>តម្លៃ (KHR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (USD)</source>
        <translation>តម្លៃ (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>សភាព</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ready</source>
        <translation>រួចរាល់</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_section.py" line="-217"/>
        <source>Holder</source>
        <translation>អ្នកកាន់កាប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>រហូតដល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it ended</source>
        <translation>របៀបបញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition on return</source>
        <translation>សភាពពេលប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>now</source>
        <translation>បច្ចុប្បន្ន</translation>
    </message>
</context>
<context>
    <name>HolderField</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_dialogs.py" line="+80"/>
        <source>Officer</source>
        <translation>មន្ត្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name of the officer</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់របស់មន្ត្រី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Jetty 2, duty room</source>
        <translation>ឧ. ផែលេខ 2 បន្ទប់ប្រចាំការ</translation>
    </message>
</context>
<context>
    <name>HoldingsModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/mine.py" line="+48"/>
        <source>Tag</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>លេខស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>សភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected back</source>
        <translation>គ្រោងប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>ការទទួល</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accepted %1</source>
        <translation>បានទទួល %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting your acceptance</source>
        <translation>កំពុងរង់ចាំការបញ្ជាក់ការទទួលរបស់អ្នក</translation>
    </message>
</context>
<context>
    <name>HoldingsTree</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_tree.py" line="+54"/>
        <source>Holder / item</source>
        <translation>អ្នកកាន់កាប់ / សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>លេខស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected back</source>
        <translation>គ្រោងប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>ការបញ្ជាក់ការទទួល</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{holder} — {count} items</source>
        <translation>{holder} — សម្ភារៈ {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Awaiting signature</source>
        <translation>កំពុងរង់ចាំហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed {date}</source>
        <translation>បានចុះហត្ថលេខា {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expected return date has passed.</source>
        <translation>កាលបរិច្ឆេទគ្រោងប្រគល់ត្រឡប់វិញបានហួសហើយ។</translation>
    </message>
</context>
<context>
    <name>HqTexts</name>
    <message>
        <location filename="../piu_desk/ui/hq/texts.py" line="+49"/>
        <source>{time}, no. {number}</source>
        <translation>{time}, លេខ {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoked</source>
        <translation>សោត្រូវបានដកហូត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys pinned</source>
        <translation>សោត្រូវបានកំណត់ជាប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled, keys not yet pinned</source>
        <translation>បានចុះបញ្ជី សោមិនទាន់កំណត់ជាប់</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its keys were revoked: its bundles are refused and none is written for it.</source>
        <translation>សោរបស់ស្ថានីយនេះត្រូវបានដកហូត៖ កញ្ចប់ទិន្នន័យរបស់វាត្រូវបានបដិសេធ ហើយគ្មានកញ្ចប់ទិន្នន័យណាត្រូវបានសរសេរសម្រាប់វាទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles go both ways.</source>
        <translation>កញ្ចប់ទិន្នន័យត្រូវបានផ្លាស់ប្តូរទាំងសងខាង។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its enrolment file was written; pin its keys when its key file comes back, after comparing the fingerprint read out by phone.</source>
        <translation>ឯកសារចុះបញ្ជីរបស់ស្ថានីយនេះត្រូវបានសរសេររួចហើយ។ សូមកំណត់ជាប់សោរបស់វា នៅពេលឯកសារសោរបស់វាត្រឡប់មកវិញ បន្ទាប់ពីបានប្រៀបធៀបស្នាមម្រាមដៃសោដែលបានអានប្រាប់តាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version {version}, valid until {date}</source>
        <translation>កំណែ {version} មានសុពលភាពរហូតដល់ {date}</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../piu_desk/ui/inspections/viewer.py" line="-44"/>
        <source>%1 · %2 × %3 pixels · %4</source>
        <translation>%1 · %2 × %3 ភីកសែល · %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit to window</source>
        <translation>សមនឹងបង្អួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between the whole picture and its real size (F)</source>
        <translation>ប្តូររវាងរូបភាពទាំងមូល និងទំហំពិតរបស់វា (F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>រក្សាទុកច្បាប់ចម្លង…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../piu_desk/core/imports/sheet_dates.py" line="+89"/>
        <source>&apos;{text}&apos; would have month {month}: dates are read day first (day/month/year). If it was written month first, correct the sheet.</source>
        <translation>&apos;{text}&apos; នឹងមានខែ {month}៖ កាលបរិច្ឆេទត្រូវបានអានដោយយកថ្ងៃមុន (ថ្ងៃ/ខែ/ឆ្នាំ)។ ប្រសិនបើវាត្រូវបានសរសេរដោយយកខែមុន សូមកែសន្លឹកតារាងនោះ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; is not a real date: there is no day {day} in month {month} of {year}.</source>
        <translation>&apos;{text}&apos; មិនមែនជាកាលបរិច្ឆេទពិតទេ៖ គ្មានថ្ងៃទី {day} ក្នុងខែ {month} ឆ្នាំ {year} ទេ។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{text}&apos;: &apos;{word}&apos; is not the name of a month.</source>
        <translation>&apos;{text}&apos;៖ &apos;{word}&apos; មិនមែនជាឈ្មោះខែទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is not a date this import can read; write it day first, for example 25/04/1990, 25 APR 1990 or 1990-04-25.</source>
        <translation>&apos;{text}&apos; មិនមែនជាកាលបរិច្ឆេទដែលការនាំចូលនេះអាចអានបានទេ។ សូមសរសេរដោយយកថ្ងៃមុន ឧទាហរណ៍ 25/04/1990, 25 APR 1990 ឬ 1990-04-25។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/crew_columns.py" line="+54"/>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>នាមត្រកូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>នាមខ្លួន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name, given names</source>
        <translation>នាមត្រកូល នាមខ្លួន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating</source>
        <translation>ឋានៈ ឬមុខងារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth</source>
        <translation>ទីកន្លែងកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and place of birth</source>
        <translation>ថ្ងៃខែឆ្នាំ និងទីកន្លែងកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature of identity document</source>
        <translation>ប្រភេទឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of identity document</source>
        <translation>លេខឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature and No. of identity document</source>
        <translation>ប្រភេទ និងលេខឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state of identity document</source>
        <translation>រដ្ឋចេញឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date of identity document</source>
        <translation>កាលបរិច្ឆេទផុតកំណត់នៃឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/crew_report.py" line="+50"/>
        <source>signature or footer of the form, not a crew member</source>
        <translation>ហត្ថលេខា ឬផ្នែកខាងក្រោមនៃទម្រង់ មិនមែននាវិកទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column numbers of the form</source>
        <translation>លេខជួរឈរនៃទម្រង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column titles, repeated</source>
        <translation>ចំណងជើងជួរឈរដដែលៗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a numbered line of the form left empty, after the last crew member</source>
        <translation>បន្ទាត់មានលេខរៀងនៃទម្រង់ដែលទុកទំនេរ បន្ទាប់ពីនាវិកចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{total} rows below the column titles: {valid} crew members valid ({warned} with warnings), {problems} rows with problems, {skipped} rows skipped as not crew.</source>
        <translation>ជួរដេកចំនួន {total} នៅក្រោមចំណងជើងជួរឈរ៖ នាវិកត្រឹមត្រូវចំនួន {valid} (ក្នុងនោះ {warned} មានការព្រមាន) ជួរដេកមានបញ្ហាចំនួន {problems} និងជួរដេកចំនួន {skipped} ត្រូវបានរំលង ព្រោះមិនមែនជានាវិក។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row {row} skipped: {reason} ({text}).</source>
        <translation>ជួរដេកទី {row} ត្រូវបានរំលង៖ {reason} ({text})។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}: {text}</source>
        <translation>ជួរដេកទី {row}៖ {text}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>only the No. is filled in; the crew member&apos;s details are missing (were they deleted?).</source>
        <translation>មានតែលេខរៀងប៉ុណ្ណោះដែលបានបំពេញ។ ព័ត៌មានលម្អិតរបស់នាវិកបាត់ (តើត្រូវបានលុបឬ?)។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Number of identity document: {value} is also on sheet row {rows}.</source>
        <translation>លេខឯកសារអត្តសញ្ញាណ៖ {value} ក៏មាននៅជួរដេកទី {rows} នៃសន្លឹកតារាងដែរ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.: {value} is also used on sheet row {rows}.</source>
        <translation>ល.រ៖ {value} ក៏ត្រូវបានប្រើនៅជួរដេកទី {rows} នៃសន្លឹកតារាងដែរ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Some names in the column &apos;{column}&apos; have no comma between family name and given names: the first word was taken as the family name (with DE, DELA, VAN and the like joined to the word after them). Check names written given name first.</source>
        <translation>ឈ្មោះខ្លះក្នុងជួរឈរ &apos;{column}&apos; គ្មានក្បៀសរវាងនាមត្រកូល និងនាមខ្លួនទេ៖ ពាក្យទីមួយត្រូវបានយកជានាមត្រកូល (ដោយភ្ជាប់ DE, DELA, VAN និងពាក្យស្រដៀងគ្នា ទៅនឹងពាក្យបន្ទាប់)។ សូមពិនិត្យឈ្មោះដែលសរសេរនាមខ្លួនមុន។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/crew_rows.py" line="+88"/>
        <source>{field}: {text}</source>
        <translation>{field}៖ {text}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;{text}&apos; is not a gender; write M, F or X.</source>
        <translation>&apos;{text}&apos; មិនមែនជាភេទទេ។ សូមសរសេរ M, F ឬ X។</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;{text}&apos; is not a number; the row is numbered {number} by its place in the list.</source>
        <translation>&apos;{text}&apos; មិនមែនជាលេខទេ។ ជួរដេកនេះត្រូវបានដាក់លេខរៀង {number} តាមលំដាប់របស់វាក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing; enter the family name as in the identity document.</source>
        <translation>មិនទាន់បំពេញ។ សូមបញ្ចូលនាមត្រកូលដូចក្នុងឯកសារអត្តសញ្ញាណ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; has digits, which a name never has.</source>
        <translation>&apos;{text}&apos; មានលេខ ដែលឈ្មោះមិនដែលមានទេ។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;{text}&apos; is neither a nationality code nor a country name; write the three letters of the passport (for example KHM, VNM, IDN).</source>
        <translation>&apos;{text}&apos; មិនមែនជាលេខកូដសញ្ជាតិ ឬឈ្មោះប្រទេសទេ។ សូមសរសេរអក្សរ 3 ដូចក្នុងលិខិតឆ្លងដែន (ឧទាហរណ៍ KHM, VNM, IDN)។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; read as {code} ({country}).</source>
        <translation>&apos;{text}&apos; ត្រូវបានអានជា {code} ({country})។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date found in &apos;{text}&apos;; write the date first, then the place, for example 25/04/1990 HAI PHONG.</source>
        <translation>រកមិនឃើញកាលបរិច្ឆេទក្នុង &apos;{text}&apos; ទេ។ សូមសរសេរកាលបរិច្ឆេទមុន រួចទីកន្លែង ឧទាហរណ៍ 25/04/1990 HAI PHONG។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{date} is in the future.</source>
        <translation>{date} ស្ថិតនៅពេលអនាគត។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>born {date}, the crew member would be {age} years old; check the date.</source>
        <translation>បើកើតនៅ {date} នាវិកនេះនឹងមានអាយុ {age} ឆ្នាំ។ សូមពិនិត្យកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no document number found in &apos;{text}&apos;.</source>
        <translation>រកមិនឃើញលេខឯកសារក្នុង &apos;{text}&apos; ទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; holds more than one number; {number} was taken as the document number.</source>
        <translation>&apos;{text}&apos; មានលេខច្រើនជាងមួយ។ {number} ត្រូវបានយកជាលេខឯកសារ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; has characters a document number cannot have ({chars}): only letters A-Z and digits. Copy it again from the document.</source>
        <translation>&apos;{text}&apos; មានតួអក្សរដែលលេខឯកសារមិនអាចមាន ({chars})៖ មានតែអក្សរ A-Z និងលេខប៉ុណ្ណោះ។ សូមចម្លងវាម្តងទៀតពីឯកសារ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} has {count} characters; a passport number has at most 9. Check it against the passport.</source>
        <translation>{number} មាន {count} តួអក្សរ ប៉ុន្តែលេខលិខិតឆ្លងដែនមានយ៉ាងច្រើន 9 តួអក្សរ។ សូមផ្ទៀងផ្ទាត់វាជាមួយលិខិតឆ្លងដែន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} is very short for a document number; check it.</source>
        <translation>{number} ខ្លីពេកសម្រាប់លេខឯកសារ។ សូមពិនិត្យវា។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{expiry} is not after the date of birth {birth}.</source>
        <translation>{expiry} មិននៅក្រោយថ្ងៃខែឆ្នាំកំណើត {birth} ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document expired on {expiry}, before the crew list&apos;s date {date}.</source>
        <translation>ឯកសារនេះបានផុតកំណត់នៅ {expiry} មុនកាលបរិច្ឆេទនៃបញ្ជីនាវិក {date}។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{number} starts with {prefix}, the code of {country}: check that the code was not typed into the number.</source>
        <translation>{number} ចាប់ផ្តើមដោយ {prefix} ដែលជាលេខកូដរបស់ {country}៖ សូមពិនិត្យថាលេខកូដនេះមិនត្រូវបានវាយបញ្ចូលក្នុងលេខឯកសារ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/crew_sheet.py" line="+140"/>
        <source>{name} has no sheet &apos;{sheet}&apos;; its sheets are: {sheets}.</source>
        <translation>{name} គ្មានសន្លឹកតារាង &apos;{sheet}&apos; ទេ។ សន្លឹកតារាងរបស់វាគឺ៖ {sheets}។</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No crew table was found in {name} (sheets read: {sheets}): no row has column titles such as No., Family name, Given names, Nationality, Date of birth and Number of identity document. Check that this is a crew list (FAL Form 5), or add those titles above the crew rows.</source>
        <translation>រកមិនឃើញតារាងនាវិកក្នុង {name} ទេ (សន្លឹកតារាងដែលបានអាន៖ {sheets})៖ គ្មានជួរដេកណាដែលមានចំណងជើងជួរឈរ ដូចជា No. (ល.រ), Family name (នាមត្រកូល), Given names (នាមខ្លួន), Nationality (សញ្ជាតិ), Date of birth (ថ្ងៃខែឆ្នាំកំណើត) និង Number of identity document (លេខឯកសារអត្តសញ្ញាណ) ទេ។ សូមពិនិត្យថានេះជាបញ្ជីនាវិក (ទម្រង់ FAL លេខ 5) ឬបន្ថែមចំណងជើងទាំងនោះនៅពីលើជួរដេកនាវិក។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The crew table was read from the sheet &apos;{sheet}&apos; of {count} sheets.</source>
        <translation>តារាងនាវិកត្រូវបានអានពីសន្លឹកតារាង &apos;{sheet}&apos; ក្នុងចំណោមសន្លឹកតារាងចំនួន {count}។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{field} is set to column {column}, but the sheet has {count} columns.</source>
        <translation>{field} ត្រូវបានកំណត់ទៅជួរឈរ {column} ប៉ុន្តែសន្លឹកតារាងមានតែ {count} ជួរឈរ។</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No column is chosen for the family name, so no row can be a crew member: choose the column that holds it.</source>
        <translation>មិនទាន់បានជ្រើសរើសជួរឈរសម្រាប់នាមត្រកូលទេ ដូច្នេះគ្មានជួរដេកណាអាចជានាវិកបានទេ៖ សូមជ្រើសរើសជួរឈរដែលមាននាមត្រកូល។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column is chosen for {field}: the crew members are saved without it, and none of them can be linked automatically to a person seen before.</source>
        <translation>មិនទាន់បានជ្រើសរើសជួរឈរសម្រាប់ {field} ទេ៖ នាវិកនឹងត្រូវរក្សាទុកដោយគ្មានព័ត៌មាននេះ ហើយគ្មាននាវិកណាម្នាក់អាចត្រូវបានភ្ជាប់ដោយស្វ័យប្រវត្តិទៅនឹងបុគ្គលដែលធ្លាប់ឃើញពីមុនបានទេ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The column &apos;{column}&apos; is chosen for {count} fields.</source>
        <translation>ជួរឈរ &apos;{column}&apos; ត្រូវបានជ្រើសរើសសម្រាប់វាលទិន្នន័យចំនួន {count}។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/particulars.py" line="+46"/>
        <source>Name of ship</source>
        <translation>ឈ្មោះនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number</source>
        <translation>លេខ IMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign</source>
        <translation>សញ្ញាហៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voyage number</source>
        <translation>លេខជើងដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port of arrival/departure</source>
        <translation>កំពង់ផែមកដល់/ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of arrival/departure</source>
        <translation>កាលបរិច្ឆេទមកដល់/ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag State of ship</source>
        <translation>រដ្ឋទង់ជាតិនៃនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last port of call</source>
        <translation>កំពង់ផែចូលចតមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival or departure</source>
        <translation>មកដល់ ឬចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>&apos;{text}&apos; is not a UN/LOCODE (such as KHKOS or VNSGN) nor a port this desk knows; choose the port when the port call is created.</source>
        <translation>&apos;{text}&apos; មិនមែនជា UN/LOCODE (ដូចជា KHKOS ឬ VNSGN) ឬកំពង់ផែដែលតុការងារនេះស្គាល់ទេ។ សូមជ្រើសរើសកំពង់ផែ នៅពេលបង្កើតការចូលចតកំពង់ផែ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flag State &apos;{text}&apos; is neither a country code nor a country name; write its three letters, for example KHM.</source>
        <translation>រដ្ឋទង់ជាតិ &apos;{text}&apos; មិនមែនជាលេខកូដប្រទេស ឬឈ្មោះប្រទេសទេ។ សូមសរសេរអក្សរ 3 របស់វា ឧទាហរណ៍ KHM។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flag State &apos;{text}&apos; read as {code} ({country}).</source>
        <translation>រដ្ឋទង់ជាតិ &apos;{text}&apos; ត្រូវបានអានជា {code} ({country})។</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Both Arrival and Departure are ticked; choose which this crew list is for when importing it.</source>
        <translation>ទាំងប្រអប់ មកដល់ និង ចេញដំណើរ ត្រូវបានគូសធីក។ សូមជ្រើសរើសថាបញ្ជីនាវិកនេះសម្រាប់មួយណា នៅពេលនាំចូល។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>arrival</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departure</source>
        <translation>ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Arrival or departure was not ticked; taken as {direction} from &apos;{text}&apos;.</source>
        <translation>មិនបានគូសធីក មកដល់ ឬ ចេញដំណើរ ទេ។ ត្រូវបានយកជា {direction} ពី &apos;{text}&apos;។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet does not say whether the crew list is for arrival or departure; choose it when importing.</source>
        <translation>សន្លឹកតារាងមិនបញ្ជាក់ថាបញ្ជីនាវិកនេះសម្រាប់ការមកដល់ ឬការចេញដំណើរទេ។ សូមជ្រើសរើសនៅពេលនាំចូល។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/sheet_files.py" line="+96"/>
        <source>The sheet &apos;{sheet}&apos; has data down to row {row}; a crew list import takes at most {limit} rows. Check that this is the crew list, or delete the rows that are not crew and import it again.</source>
        <translation>សន្លឹកតារាង &apos;{sheet}&apos; មានទិន្នន័យរហូតដល់ជួរដេកទី {row} ប៉ុន្តែការនាំចូលបញ្ជីនាវិកទទួលយកបានយ៉ាងច្រើន {limit} ជួរដេក។ សូមពិនិត្យថានេះជាបញ្ជីនាវិក ឬលុបជួរដេកដែលមិនមែនជានាវិក ហើយនាំចូលម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} is {size} MB; a crew list import takes files of up to {limit} MB. A crew list is far smaller: check that this is the right file, or save only the crew sheet in a new file.</source>
        <translation>{name} មានទំហំ {size} MB ប៉ុន្តែការនាំចូលបញ្ជីនាវិកទទួលយកឯកសារទំហំត្រឹម {limit} MB។ បញ្ជីនាវិកតូចជាងនេះឆ្ងាយណាស់៖ សូមពិនិត្យថានេះជាឯកសារត្រឹមត្រូវ ឬរក្សាទុកតែសន្លឹកតារាងនាវិកក្នុងឯកសារថ្មី។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is empty. Ask the agent to send the crew list again.</source>
        <translation>{name} ទទេ។ សូមស្នើភ្នាក់ងារនាវាឲ្យផ្ញើបញ្ជីនាវិកម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is protected by a password, so it cannot be read. Open it in Excel with the password, save a copy without one, and import that copy.</source>
        <translation>{name} ត្រូវបានការពារដោយពាក្យសម្ងាត់ ដូច្នេះមិនអាចអានបានទេ។ សូមបើកវាក្នុង Excel ដោយប្រើពាក្យសម្ងាត់ រក្សាទុកច្បាប់ចម្លងមួយដែលគ្មានពាក្យសម្ងាត់ ហើយនាំចូលច្បាប់ចម្លងនោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is an old Excel 97-2003 workbook (.xls) or another older Office file, which this import does not read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8, then import that file.</source>
        <translation>{name} ជាឯកសារ Excel 97-2003 ចាស់ (.xls) ឬឯកសារ Office ចាស់ផ្សេងទៀត ដែលការនាំចូលនេះមិនអាចអានបានទេ។ សូមបើកវាក្នុង Excel ឬ LibreOffice ហើយរក្សាទុកជា .xlsx (Excel Workbook) ឬជា CSV UTF-8 រួចនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} cannot be read as an .xlsx workbook: it is damaged, cut short, or another kind of file renamed. Open and save it again in Excel, or ask the agent to send it again. (Technical detail: {detail})</source>
        <translation>{name} មិនអាចអានជាឯកសារ .xlsx បានទេ៖ វាខូច មិនពេញលេញ ឬជាឯកសារប្រភេទផ្សេងដែលត្រូវបានប្តូរឈ្មោះ។ សូមបើក ហើយរក្សាទុកវាម្តងទៀតក្នុង Excel ឬស្នើភ្នាក់ងារនាវាឲ្យផ្ញើវាម្តងទៀត។ (ព័ត៌មានលម្អិតបច្ចេកទេស៖ {detail})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} holds no data: its sheets are empty. Ask the agent to send the crew list again.</source>
        <translation>{name} គ្មានទិន្នន័យទេ៖ សន្លឹកតារាងរបស់វាទទេ។ សូមស្នើភ្នាក់ងារនាវាឲ្យផ្ញើបញ្ជីនាវិកម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as .xlsx (Excel Workbook), then import that file.</source>
        <translation>{name} ជាឯកសារតារាង OpenDocument (.ods)។ សូមបើកវាក្នុង LibreOffice ឬ Excel ហើយរក្សាទុកជា .xlsx (Excel Workbook) រួចនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} unpacks to more than {limit} MB, far more than any crew list; it was not opened.</source>
        <translation>{name} ពន្លាចេញមានទំហំលើសពី {limit} MB ដែលធំជាងបញ្ជីនាវិកណាមួយឆ្ងាយណាស់។ ឯកសារនេះមិនត្រូវបានបើកទេ។</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{name} is neither an .xlsx workbook nor a CSV text file. Save the crew list from Excel as .xlsx (Excel Workbook) or as CSV UTF-8, then import that file.</source>
        <translation>{name} មិនមែនជាឯកសារ .xlsx ឬឯកសារអត្ថបទ CSV ទេ។ សូមរក្សាទុកបញ្ជីនាវិកពី Excel ជា .xlsx (Excel Workbook) ឬជា CSV UTF-8 រួចនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} is not a well-formed CSV file ({detail}). Save it again from Excel as CSV UTF-8.</source>
        <translation>{name} មិនមែនជាឯកសារ CSV ដែលមានទម្រង់ត្រឹមត្រូវទេ ({detail})។ សូមរក្សាទុកវាម្តងទៀតពី Excel ជា CSV UTF-8។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not UTF-8; it was read as {encoding}. If letters in names look wrong, save the sheet from Excel as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>ឯកសារនេះមិនមែនជា UTF-8 ទេ វាត្រូវបានអានជា {encoding}។ ប្រសិនបើអក្សរក្នុងឈ្មោះមើលទៅខុស សូមរក្សាទុកសន្លឹកតារាងពី Excel ជា &apos;CSV UTF-8&apos; ហើយនាំចូលវាម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/crew_import.py" line="-74"/>
        <source>The sheet does not name the ship with a usable name and flag; choose the port call the crew list belongs to.</source>
        <translation>សន្លឹកតារាងមិនបញ្ជាក់ឈ្មោះ និងទង់ជាតិរបស់នាវាដែលអាចប្រើបានទេ។ សូមជ្រើសរើសការចូលចតកំពង់ផែសម្រាប់បញ្ជីនាវិកនេះ។</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No row of this sheet is valid, so there is nothing to import.</source>
        <translation>គ្មានជួរដេកណាមួយនៃសន្លឹកតារាងនេះត្រឹមត្រូវទេ ដូច្នេះគ្មានអ្វីត្រូវនាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the port call this crew list belongs to.</source>
        <translation>សូមជ្រើសរើសការចូលចតកំពង់ផែសម្រាប់បញ្ជីនាវិកនេះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet gives no date of arrival or departure; choose the port call this crew list belongs to.</source>
        <translation>សន្លឹកតារាងមិនបញ្ជាក់កាលបរិច្ឆេទមកដល់ ឬចេញដំណើរទេ។ សូមជ្រើសរើសការចូលចតកំពង់ផែសម្រាប់បញ្ជីនាវិកនេះ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/handover.py" line="+141"/>
        <source>{name} has no header row with an asset tag, a category and a description column. Add those column titles above the list and import it again.</source>
        <translation>{name} គ្មានជួរដេកចំណងជើងដែលមានជួរឈរស្លាកសម្ភារៈ ប្រភេទ និងការពិពណ៌នាទេ។ សូមបន្ថែមចំណងជើងជួរឈរទាំងនោះនៅពីលើបញ្ជី ហើយនាំចូលវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The value in riel &apos;{text}&apos; is not a number.</source>
        <translation>តម្លៃជារៀល &apos;{text}&apos; មិនមែនជាលេខទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value in USD &apos;{text}&apos; is not an amount.</source>
        <translation>តម្លៃជា USD &apos;{text}&apos; មិនមែនជាចំនួនទឹកប្រាក់ទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The condition &apos;{text}&apos; is none of new, good, fair, poor or unserviceable.</source>
        <translation>សភាព &apos;{text}&apos; មិនមែនជា new (ថ្មី), good (ល្អ), fair (មធ្យម), poor (ខ្សោយ) ឬ unserviceable (មិនអាចប្រើការបាន) ទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {column} column is empty in this row.</source>
        <translation>ជួរឈរ {column} ទទេនៅក្នុងជួរដេកនេះ។</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The tag {tag} is already in the register.</source>
        <translation>ស្លាក {tag} មានក្នុងបញ្ជីសម្ភារៈរួចហើយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag {tag} is also on row {row}.</source>
        <translation>ស្លាក {tag} ក៏មាននៅជួរដេកទី {row} ដែរ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The serial number {serial} is already in the register.</source>
        <translation>លេខស៊េរី {serial} មានក្នុងបញ្ជីសម្ភារៈរួចហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The serial number {serial} is also on row {row}.</source>
        <translation>លេខស៊េរី {serial} ក៏មាននៅជួរដេកទី {row} ដែរ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/watchlist_sheet.py" line="+63"/>
        <source>{valid} entries can be imported; {problems} rows have problems.</source>
        <translation>កំណត់ត្រាចំនួន {valid} អាចនាំចូលបាន។ ជួរដេកចំនួន {problems} មានបញ្ហា។</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No watchlist table was found in {name}: no row has the column titles &apos;type&apos; and &apos;names&apos;.</source>
        <translation>រកមិនឃើញតារាងបញ្ជីតាមដានក្នុង {name} ទេ៖ គ្មានជួរដេកណាដែលមានចំណងជើងជួរឈរ &apos;type&apos; (ប្រភេទ) និង &apos;names&apos; (ឈ្មោះ) ទេ។</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type &apos;{text}&apos; is neither person nor vessel.</source>
        <translation>ប្រភេទ &apos;{text}&apos; មិនមែនជា person (បុគ្គល) ឬ vessel (នាវា) ទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling &apos;{text}&apos; is not a handling code (hq, hq_only, desk_only).</source>
        <translation>ការចាត់ចែង &apos;{text}&apos; មិនមែនជាលេខកូដចាត់ចែងទេ (hq, hq_only, desk_only)។</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import_rows.py" line="+96"/>
        <source>Valid</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>មានបញ្ហា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Column {number}</source>
        <translation>ជួរឈរ {number}</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/incident_dialog.py" line="-112"/>
        <source>What happened:</source>
        <translation>អ្វីដែលបានកើតឡើង៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When:</source>
        <translation>ពេលណា៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where:</source>
        <translation>ទីកន្លែង៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circumstances:</source>
        <translation>កាលៈទេសៈ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by:</source>
        <translation>កាន់កាប់ដោយ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Police report ref.:</source>
        <translation>លេខយោងរបាយការណ៍នគរបាល៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition now:</source>
        <translation>សភាពបច្ចុប្បន្ន៖</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Required for a theft</source>
        <translation>ចាំបាច់សម្រាប់ករណីលួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If reported to the police</source>
        <translation>ប្រសិនបើបានរាយការណ៍ទៅនគរបាល</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report loss, theft or damage</source>
        <translation>រាយការណ៍ការបាត់ ការលួច ឬការខូចខាត</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Anchorage A2, boarding a bulk carrier</source>
        <translation>ឧ. ចំណតយុថ្កា A2 ពេលឡើងនាវាដឹកទំនិញភាគច្រើន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>រាយការណ៍</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../piu_desk/ui/inspections/dialog.py" line="+191"/>
        <source>New inspection</source>
        <translation>ការត្រួតពិនិត្យថ្មី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New inspection, not saved yet</source>
        <translation>ការត្រួតពិនិត្យថ្មី មិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection report, to print or to file</source>
        <translation>របាយការណ៍ត្រួតពិនិត្យ សម្រាប់បោះពុម្ព ឬតម្កល់ក្នុងសំណុំឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>ធ្វើវិសោធនកម្ម…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the approved inspection; the version approved now is kept with your reason.</source>
        <translation>កែប្រែការត្រួតពិនិត្យដែលបានអនុម័ត។ កំណែដែលបានអនុម័តបច្ចុប្បន្នត្រូវបានរក្សាទុកជាមួយមូលហេតុរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save draft</source>
        <translation>រក្សាទុកសេចក្តីព្រាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and close (Ctrl+S); submit it later</source>
        <translation>រក្សាទុក ហើយបិទ (Ctrl+S)។ ដាក់ជូននៅពេលក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>ដាក់ជូនអនុម័ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save amendment</source>
        <translation>រក្សាទុកវិសោធនកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel amendment</source>
        <translation>បោះបង់វិសោធនកម្ម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos and documents (%1)</source>
        <translation>រូបថត និងឯកសារ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions (%1)</source>
        <translation>កំណែមុនៗ (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Submitting the inspection…</source>
        <translation>កំពុងដាក់ជូនការត្រួតពិនិត្យ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the inspection…</source>
        <translation>កំពុងរក្សាទុកការត្រួតពិនិត្យ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amend the approved inspection</source>
        <translation>ធ្វើវិសោធនកម្មការត្រួតពិនិត្យដែលបានអនុម័ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this approved inspection changed? The reason is kept with the version approved now, for everyone to see.</source>
        <translation>ហេតុអ្វីបានជាការត្រួតពិនិត្យដែលបានអនុម័តនេះត្រូវកែប្រែ? មូលហេតុនឹងត្រូវរក្សាទុកជាមួយកំណែដែលបានអនុម័តបច្ចុប្បន្ន ដើម្បីឲ្យគ្រប់គ្នាអាចមើលឃើញ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend</source>
        <translation>ធ្វើវិសោធនកម្ម</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving the amendment…</source>
        <translation>កំពុងរក្សាទុកវិសោធនកម្ម…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preparing the inspection report…</source>
        <translation>កំពុងរៀបចំរបាយការណ៍ត្រួតពិនិត្យ…</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../piu_desk/ui/inspections/form.py" line="+132"/>
        <source>&amp;Started at:</source>
        <translation>ចាប់ផ្តើមនៅ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Type:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Risk:</source>
        <translation>ហានិភ័យ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>លទ្ធផល៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boarding &amp;officers:</source>
        <translation>មន្ត្រីឡើងត្រួតពិនិត្យនាវា៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Findings:</source>
        <translation>ការរកឃើញ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was inspected, what was found, and what was done — one paragraph per matter.</source>
        <translation>អ្វីដែលបានត្រួតពិនិត្យ អ្វីដែលបានរកឃើញ និងវិធានការដែលបានអនុវត្ត — មួយកថាខណ្ឌសម្រាប់រឿងនីមួយៗ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick everyone who boarded (Space ticks the highlighted name).</source>
        <translation>គូសធីកគ្រប់គ្នាដែលបានឡើងនាវា (គ្រាប់ចុច Space គូសធីកឈ្មោះដែលបានជ្រើស)។</translation>
    </message>
</context>
<context>
    <name>InspectionReview</name>
    <message>
        <location filename="../piu_desk/ui/inspections/review_text.py" line="+17"/>
        <source>Status: %1</source>
        <translation>ស្ថានភាព៖ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amendments: %1</source>
        <translation>វិសោធនកម្ម៖ %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Amending the approved inspection.&lt;/b&gt; Your reason: %1&lt;br&gt;When you save, the version approved now is kept among the earlier versions.</source>
        <translation>&lt;b&gt;កំពុងធ្វើវិសោធនកម្មការត្រួតពិនិត្យដែលបានអនុម័ត។&lt;/b&gt; មូលហេតុរបស់អ្នក៖ %1&lt;br&gt;នៅពេលអ្នករក្សាទុក កំណែដែលបានអនុម័តនាពេលនេះនឹងត្រូវរក្សាទុកក្នុងចំណោមកំណែមុនៗ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Returned for changes&lt;/b&gt; by %1 on %2. The supervisor&apos;s comment:&lt;p style=&apos;font-size: large; font-weight: bold&apos;&gt;%3&lt;/p&gt;Make the changes, then submit the inspection again.</source>
        <translation>&lt;b&gt;បានប្រគល់ត្រឡប់វិញដើម្បីកែប្រែ&lt;/b&gt; ដោយ %1 នៅ %2។ មតិយោបល់របស់ប្រធានក្រុម៖&lt;p style=&apos;font-size: large; font-weight: bold&apos;&gt;%3&lt;/p&gt;សូមធ្វើការកែប្រែ រួចដាក់ជូនការត្រួតពិនិត្យនេះម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted by %1 on %2. A supervisor reviews it next; until then it cannot be changed.</source>
        <translation>បានដាក់ជូនដោយ %1 នៅ %2។ ប្រធានក្រុមនឹងពិនិត្យវាជាបន្ទាប់ ហើយរហូតដល់ពេលនោះ វាមិនអាចកែប្រែបានទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2. It is changed only by an amendment, which keeps this version.</source>
        <translation>&lt;b&gt;បានអនុម័ត&lt;/b&gt; ដោយ %1 នៅ %2។ វាអាចកែប្រែបានតែតាមរយៈវិសោធនកម្មប៉ុណ្ណោះ ដែលរក្សាទុកកំណែនេះ។</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../piu_desk/ui/records/port_call_tabs.py" line="+29"/>
        <source>No inspection has been recorded for this port call.</source>
        <translation>មិនទាន់មានការត្រួតពិនិត្យត្រូវបានកត់ត្រាសម្រាប់ការចូលចតកំពង់ផែនេះទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inspection…</source>
        <translation>ការត្រួតពិនិត្យថ្មី…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>ហានិភ័យ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boarding officers</source>
        <translation>មន្ត្រីឡើងត្រួតពិនិត្យនាវា</translation>
    </message>
</context>
<context>
    <name>Intel</name>
    <message>
        <location filename="../piu_desk/core/domain/grading.py" line="+41"/>
        <source>Admiralty (NATO): source A–F, information 1–6</source>
        <translation>ប្រព័ន្ធ Admiralty (NATO)៖ ប្រភព A–F និងព័ត៌មាន 1–6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK 3x5x2: source 1–3, intelligence A–E, handling P or C</source>
        <translation>ប្រព័ន្ធ UK 3x5x2៖ ប្រភព 1–3 ស៊ើបការណ៍ A–E និងការចាត់ចែង P ឬ C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Completely reliable</source>
        <translation>អាចទុកចិត្តបាន​ទាំងស្រុង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually reliable</source>
        <translation>ជាធម្មតា​អាចទុកចិត្តបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairly reliable</source>
        <translation>អាចទុកចិត្តបាន​មួយ​កម្រិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not usually reliable</source>
        <translation>ជាធម្មតា​មិន​អាចទុកចិត្តបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreliable</source>
        <translation>មិន​អាចទុកចិត្តបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability cannot be judged</source>
        <translation>មិន​អាច​វាយតម្លៃ​ភាពអាចទុកចិត្តបាន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed by other sources</source>
        <translation>ត្រូវ​បាន​បញ្ជាក់​ដោយ​ប្រភព​ផ្សេង​ទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probably true</source>
        <translation>ទំនង​ជា​ពិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possibly true</source>
        <translation>អាច​ជា​ពិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doubtful</source>
        <translation>គួរ​ឲ្យ​សង្ស័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improbable</source>
        <translation>មិន​ទំនង​ជា​ពិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truth cannot be judged</source>
        <translation>មិន​អាច​វាយតម្លៃ​ភាព​ពិត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliable</source>
        <translation>អាចទុកចិត្តបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untested</source>
        <translation>មិន​ទាន់​បាន​សាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reliable</source>
        <translation>មិន​អាចទុកចិត្តបាន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known directly to the source</source>
        <translation>ប្រភព​ដឹង​ដោយ​ផ្ទាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known indirectly to the source but corroborated</source>
        <translation>ប្រភព​ដឹង​ដោយ​ប្រយោល ​ប៉ុន្តែ​មាន​ការ​បញ្ជាក់​បន្ថែម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known indirectly to the source</source>
        <translation>ប្រភព​ដឹង​ដោយ​ប្រយោល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>មិន​ដឹង​ថា​ប្រភព​ដឹង​ដោយ​របៀប​ណា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected to be false</source>
        <translation>សង្ស័យ​ថា​មិន​ពិត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lawful sharing permitted</source>
        <translation>អនុញ្ញាត​ឲ្យ​ចែករំលែក​ស្រប​ច្បាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawful sharing permitted with conditions</source>
        <translation>អនុញ្ញាត​ឲ្យ​ចែករំលែក​ស្រប​ច្បាប់​ដោយ​មាន​លក្ខខណ្ឌ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/handling.py" line="+21"/>
        <source>May go to HQ</source>
        <translation>អាចបញ្ជូនទៅទីស្នាក់ការកណ្តាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May go to HQ but not beyond</source>
        <translation>អាចបញ្ជូនទៅទីស្នាក់ការកណ្តាល ប៉ុន្តែមិនហួសពីនោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays on this desk</source>
        <translation>រក្សាទុកតែនៅលើតុការងារនេះ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/tipoff.py" line="+64"/>
        <source>Human source</source>
        <translation>ប្រភពមនុស្ស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner agency</source>
        <translation>ស្ថាប័នដៃគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>ខ្សែទូរស័ព្ទបន្ទាន់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open source</source>
        <translation>ប្រភពបើកចំហ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own observation</source>
        <translation>ការសង្កេតផ្ទាល់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>បានវាយតម្លៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actioned</source>
        <translation>បានចាត់វិធានការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet known</source>
        <translation>មិនទាន់ដឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>បានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed</source>
        <translation>មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../piu_desk/core/domain/watchlist.py" line="+34"/>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/domain/watchlist.py" line="-1"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>ក្រុមហ៊ុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>កុងតឺន័រ</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Its handling code keeps it on this desk.</source>
        <translation>លេខកូដចាត់ចែងរបស់វាតម្រូវឲ្យរក្សាវាទុកតែនៅលើតុការងារនេះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has not been graded and assessed yet.</source>
        <translation>វាមិនទាន់ត្រូវបានដាក់ចំណាត់ថ្នាក់ និងវាយតម្លៃនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its handling code lets it go to HQ but not beyond.</source>
        <translation>លេខកូដចាត់ចែងរបស់វាអនុញ្ញាតឲ្យបញ្ជូនវាទៅទីស្នាក់ការកណ្តាល ប៉ុន្តែមិនហួសពីនោះទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its handling code lets it go to HQ.</source>
        <translation>លេខកូដចាត់ចែងរបស់វាអនុញ្ញាតឲ្យបញ្ជូនវាទៅទីស្នាក់ការកណ្តាល។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its handling code lets HQ pass it on.</source>
        <translation>លេខកូដចាត់ចែងរបស់វាអនុញ្ញាតឲ្យទីស្នាក់ការកណ្តាលបញ្ជូនវាបន្ត។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/watchlist.py" line="+4"/>
        <source>From HQ</source>
        <translation>ពីទីស្នាក់ការកណ្តាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>ក្នុងមូលដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/alerts.py" line="-72"/>
        <source>Confirmed match</source>
        <translation>ការផ្គូផ្គងត្រូវបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive</source>
        <translation>ការផ្គូផ្គងខុស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs HQ check</source>
        <translation>ត្រូវឲ្យទីស្នាក់ការកណ្តាលពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/matching.py" line="+241"/>
        <source>date of birth not known on one side</source>
        <translation>មិនដឹងថ្ងៃខែឆ្នាំកំណើតនៅម្ខាង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date of birth equal</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតដូចគ្នា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates of birth one digit apart ({ours} / {theirs})</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតខុសគ្នាតែមួយខ្ទង់ ({ours} / {theirs})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dates of birth differ ({ours} / {theirs})</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតខុសគ្នា ({ours} / {theirs})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year of birth equal</source>
        <translation>ឆ្នាំកំណើតដូចគ្នា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years of birth {years} year(s) apart</source>
        <translation>ឆ្នាំកំណើតឃ្លាតគ្នា {years} ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years of birth differ ({ours} / {theirs})</source>
        <translation>ឆ្នាំកំណើតខុសគ្នា ({ours} / {theirs})</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+44"/>
        <source>name similarity {score}</source>
        <translation>ភាពស្រដៀងគ្នានៃឈ្មោះ {score}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>nationality equal</source>
        <translation>សញ្ជាតិដូចគ្នា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nationality differs ({ours} / {theirs})</source>
        <translation>សញ្ជាតិខុសគ្នា ({ours} / {theirs})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document number {number} equal</source>
        <translation>លេខឯកសារ {number} ដូចគ្នា</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IMO number equal</source>
        <translation>លេខ IMO ដូចគ្នា</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MMSI equal</source>
        <translation>MMSI ដូចគ្នា</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>call sign equal</source>
        <translation>សញ្ញាហៅដូចគ្នា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flag equal</source>
        <translation>ទង់ជាតិដូចគ្នា</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/search.py" line="-9"/>
        <source>Tip-off</source>
        <translation>ព័ត៌មានតម្រុយ</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_dialogs.py" line="+57"/>
        <source>Item:</source>
        <translation>សម្ភារៈ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue to:</source>
        <translation>បើកផ្តល់ឲ្យ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on:</source>
        <translation>បើកផ្តល់នៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected back:</source>
        <translation>គ្រោងប្រគល់ត្រឡប់វិញ៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue equipment</source>
        <translation>បើកផ្តល់សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by</source>
        <translation>ត្រឹមថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>បើកផ្តល់</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick an item in store from the list.</source>
        <translation>សូមជ្រើសរើសសម្ភារៈក្នុងឃ្លាំងពីបញ្ជី។</translation>
    </message>
</context>
<context>
    <name>ItemEditDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/item_edit.py" line="+86"/>
        <source>Edit %1</source>
        <translation>កែប្រែ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>ស្លាក៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description:</source>
        <translation>ការពិពណ៌នា៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make:</source>
        <translation>ម៉ាក៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model:</source>
        <translation>ម៉ូដែល៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number:</source>
        <translation>លេខស៊េរី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor:</source>
        <translation>ម្ចាស់ជំនួយ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement:</source>
        <translation>កិច្ចព្រមព្រៀង៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant code:</source>
        <translation>លេខកូដជំនួយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover date:</source>
        <translation>កាលបរិច្ឆេទប្រគល់៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handover document:</source>
        <translation>ឯកសារប្រគល់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (KHR):</source>
        <translation>តម្លៃ (KHR)៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (USD):</source>
        <translation>តម្លៃ (USD)៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location:</source>
        <translation>ទីតាំង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition:</source>
        <translation>សភាព៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>year-month-day</source>
        <translation>ឆ្នាំ-ខែ-ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The status is not edited here: it changes when the item is issued, returned, sent for repair, reported lost or stolen, or disposed of.</source>
        <translation>ស្ថានភាពមិនត្រូវបានកែប្រែនៅទីនេះទេ៖ វាផ្លាស់ប្តូរនៅពេលសម្ភារៈត្រូវបានបើកផ្តល់ ប្រគល់ត្រឡប់វិញ បញ្ជូនទៅជួសជុល រាយការណ៍ថាបាត់ ឬត្រូវបានលួច ឬត្រូវបានបោះចោល។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the value in riel as a whole number.</source>
        <translation>សូមបញ្ចូលតម្លៃជារៀល ជាចំនួនគត់។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the value in US dollars, e.g. 1,250.00.</source>
        <translation>សូមបញ្ចូលតម្លៃជាដុល្លារអាមេរិក ឧ. 1,250.00។</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../piu_desk/ui/equipment/item_page.py" line="+105"/>
        <source>Issue…</source>
        <translation>បើកផ្តល់…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return…</source>
        <translation>ប្រគល់ត្រឡប់វិញ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>ផ្ទេរ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report incident…</source>
        <translation>រាយការណ៍ឧប្បត្តិហេតុ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered…</source>
        <translation>រកឃើញវិញ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispose of…</source>
        <translation>បោះចោល…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record acceptance</source>
        <translation>កត់ត្រាការបញ្ជាក់ការទទួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder signed the acceptance form</source>
        <translation>អ្នកកាន់កាប់បានចុះហត្ថលេខាលើទម្រង់បញ្ជាក់ការទទួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែប្រែ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make</source>
        <translation>ម៉ាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>ម៉ូដែល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>លេខស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>សភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>កាន់កាប់ដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>កិច្ចព្រមព្រៀង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant code</source>
        <translation>លេខកូដជំនួយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handed over</source>
        <translation>ថ្ងៃប្រគល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover document</source>
        <translation>ឯកសារប្រគល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (KHR)</source>
        <translation>តម្លៃ (KHR)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (USD)</source>
        <translation>តម្លៃ (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody</source>
        <translation>ការកាន់កាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never issued.</source>
        <translation>មិនដែលបានបើកផ្តល់ទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder</source>
        <translation>អ្នកកាន់កាប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>បានបើកផ្តល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected back</source>
        <translation>គ្រោងប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>របៀប</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Returned</source>
        <translation>បានប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transferred</source>
        <translation>បានផ្ទេរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for repair</source>
        <translation>បានបញ្ជូនទៅជួសជុល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>បាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen</source>
        <translation>ត្រូវបានលួច</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet</source>
        <translation>មិនទាន់</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_models.py" line="+10"/>
        <source>Tag</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>សភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <location filename="../piu_desk/ui/exchange/key_actions.py" line="+60"/>
        <location line="+9"/>
        <source>Rotate this desk&apos;s keys</source>
        <translation>ប្តូរសោរបស់តុការងារនេះ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Make new keys for this desk? The new keys are signed by the old ones and reach every peer with the next exchange; bundles already on their way can still be opened.</source>
        <translation>បង្កើតសោថ្មីសម្រាប់តុការងារនេះមែនទេ? សោថ្មីត្រូវបានចុះហត្ថលេខាដោយសោចាស់ ហើយនឹងទៅដល់ដៃគូទាំងអស់ជាមួយការផ្លាស់ប្តូរទិន្នន័យលើកក្រោយ។ កញ្ចប់ទិន្នន័យដែលកំពុងធ្វើដំណើរនៅតែអាចបើកបាន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make new keys</source>
        <translation>បង្កើតសោថ្មី</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New keys made. Exchange with every peer soon, so they pin the new keys; read the new fingerprints to them by phone if they ask.</source>
        <translation>សោថ្មីត្រូវបានបង្កើតរួចហើយ។ សូមផ្លាស់ប្តូរទិន្នន័យជាមួយដៃគូទាំងអស់ឆាប់ៗ ដើម្បីឲ្យពួកគេកំណត់ជាប់សោថ្មី។ សូមអានស្នាមម្រាមដៃសោថ្មីប្រាប់ពួកគេតាមទូរស័ព្ទ ប្រសិនបើពួកគេស្នើសុំ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoke keys</source>
        <translation>ដកហូតសោ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke every key of {station}? Nothing signed with them will be accepted any more. This cannot be undone.</source>
        <translation>ដកហូតសោទាំងអស់របស់ {station} មែនទេ? គ្មានអ្វីដែលចុះហត្ថលេខាដោយសោទាំងនោះនឹងត្រូវទទួលយកទៀតទេ។ សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke</source>
        <translation>ដកហូត</translation>
    </message>
</context>
<context>
    <name>KeysBox</name>
    <message>
        <location filename="../piu_desk/ui/exchange/keys_box.py" line="+79"/>
        <source>Keys</source>
        <translation>សោ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk&apos;s fingerprint, read out by phone when HQ or a station enrols this desk:</source>
        <translation>ស្នាមម្រាមដៃសោរបស់តុការងារនេះ ដែលត្រូវអានប្រាប់តាមទូរស័ព្ទ នៅពេលទីស្នាក់ការកណ្តាល ឬស្ថានីយចុះបញ្ជីតុការងារនេះ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol a station…</source>
        <translation>ចុះបញ្ជីស្ថានីយ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin a station&apos;s keys…</source>
        <translation>កំណត់ជាប់សោរបស់ស្ថានីយ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import enrolment from HQ…</source>
        <translation>នាំចូលការចុះបញ្ជីពីទីស្នាក់ការកណ្តាល…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this desk&apos;s key file…</source>
        <translation>សរសេរឯកសារសោរបស់តុការងារនេះ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate this desk&apos;s keys…</source>
        <translation>ប្តូរសោរបស់តុការងារនេះ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>ដកហូត…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>HQ&apos;s keys are already pinned; later keys come as a rotation with the exchange.</source>
        <translation>សោរបស់ទីស្នាក់ការកណ្តាលត្រូវបានកំណត់ជាប់រួចហើយ។ សោថ្មីនៅពេលក្រោយនឹងមកជាការប្តូរសោ ជាមួយការផ្លាស់ប្តូរទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Trusted peers:</source>
        <translation>ដៃគូដែលទុកចិត្ត៖</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/labels_dialog.py" line="+64"/>
        <source>Print asset labels</source>
        <translation>បោះពុម្ពស្លាកសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected items (%1)</source>
        <translation>សម្ភារៈដែលបានជ្រើសរើស (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every item shown in the register (%1)</source>
        <translation>សម្ភារៈទាំងអស់ដែលបង្ហាញក្នុងបញ្ជីសម្ភារៈ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label sheet:</source>
        <translation>សន្លឹកស្លាក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels already used on the first sheet:</source>
        <translation>ស្លាកដែលបានប្រើរួចលើសន្លឹកទីមួយ៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as PDF…</source>
        <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the labels…</source>
        <translation>កំពុងរៀបចំស្លាក…</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/tiles.py" line="+213"/>
        <source>and {count} more</source>
        <translation>និង {count} ទៀត</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../piu_desk/ui/lock_screen.py" line="+52"/>
        <source>Locked — log in again</source>
        <translation>បានចាក់សោ — សូមចូលម្តងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password is needed to continue. Another user may log in instead.</source>
        <translation>ត្រូវការពាក្យសម្ងាត់របស់អ្នកដើម្បីបន្ត។ អ្នកប្រើប្រាស់ផ្សេងក៏អាចចូលជំនួសបានដែរ។</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../piu_desk/ui/login.py" line="-147"/>
        <source>User name:</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in</source>
        <translation>ចូល</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your user name and password.</source>
        <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើប្រាស់ និងពាក្យសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the password…</source>
        <translation>កំពុងពិនិត្យពាក្យសម្ងាត់…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location line="+217"/>
        <source>PIU Desk — log in</source>
        <translation>PIU Desk — ចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIU Desk</source>
        <translation>PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in with your user name and password to open this desk&apos;s encrypted store.</source>
        <translation>សូមចូលដោយប្រើឈ្មោះអ្នកប្រើប្រាស់ និងពាក្យសម្ងាត់របស់អ្នក ដើម្បីបើកឃ្លាំងទិន្នន័យដាក់កូដសម្ងាត់របស់តុការងារនេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in with a password instead</source>
        <translation>ចូលដោយប្រើពាក្យសម្ងាត់វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recovery key…</source>
        <translation>ប្រើសោស្តារ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup…</source>
        <translation>ស្តារពីការបម្រុងទុក…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../piu_desk/ui/main_window.py" line="+107"/>
        <source>PIU Desk — {station}</source>
        <translation>PIU Desk — ស្ថានីយ {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIU Desk</source>
        <translation>PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk</source>
        <translation>តុការងារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>តុការងារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>ចាក់សោ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the desk now (Ctrl+L)</source>
        <translation>ចាក់សោតុការងារឥឡូវនេះ (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PIU Desk</source>
        <translation>អំពី PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>បិទកម្មវិធី</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About PIU Desk</source>
        <translation>អំពី PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIU Desk {version}

The desk of a Port Intelligence Unit: records kept encrypted on this computer, shared with headquarters by sealed bundles.</source>
        <translation>PIU Desk {version}

តុការងាររបស់អង្គភាពស៊ើបការណ៍កំពង់ផែ៖ កំណត់ត្រាត្រូវបានរក្សាទុកដោយដាក់កូដសម្ងាត់នៅលើកុំព្យូទ័រនេះ ហើយចែករំលែកជាមួយទីស្នាក់ការកណ្តាលតាមរយៈកញ្ចប់ទិន្នន័យដែលបានបិទត្រា។</translation>
    </message>
</context>
<context>
    <name>MaintenanceSection</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_section.py" line="+104"/>
        <source>Maintenance</source>
        <translation>ការថែទាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due and overdue</source>
        <translation>ដល់កំណត់ និងហួសកំណត់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedules</source>
        <translation>កាលវិភាគ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repairs</source>
        <translation>ការជួសជុល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record done…</source>
        <translation>កត់ត្រាថាបានធ្វើរួច…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due list as PDF…</source>
        <translation>បញ្ជីដល់កំណត់ជា PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan maintenance…</source>
        <translation>គ្រោងការថែទាំ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for repair…</source>
        <translation>បញ្ជូនទៅជួសជុល…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from repair…</source>
        <translation>ត្រឡប់មកពីការជួសជុល…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{overdue} overdue · {soon} due in the next 30 days · {away} at the repairer</source>
        <translation>{overdue} ហួសកំណត់ · {soon} ដល់កំណត់ក្នុង 30 ថ្ងៃខាងមុខ · {away} នៅអ្នកជួសជុល</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Preparing the due list…</source>
        <translation>កំពុងរៀបចំបញ្ជីដល់កំណត់…</translation>
    </message>
</context>
<context>
    <name>MappingForm</name>
    <message>
        <location filename="../piu_desk/ui/equipment/handover_form.py" line="+34"/>
        <location line="+9"/>
        <source>(not in the sheet)</source>
        <translation>(មិនមានក្នុងសន្លឹកតារាង)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1</source>
        <translation>ជួរឈរ %1</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/match_panel.py" line="+116"/>
        <source>Where the crew list goes</source>
        <translation>កន្លែងរក្សាទុកបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel:</source>
        <translation>នាវា៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port call:</source>
        <translation>ការចូលចតកំពង់ផែ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew list for:</source>
        <translation>បញ្ជីនាវិកសម្រាប់៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sheet&apos;s vessel and port call</source>
        <translation>ប្រើនាវា និងការចូលចតកំពង់ផែតាមសន្លឹកតារាង</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose another port call…</source>
        <translation>ជ្រើសរើសការចូលចតកំពង់ផែផ្សេង…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the port call…</source>
        <translation>ជ្រើសរើសការចូលចតកំពង់ផែ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (ទង់ជាតិ %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — the vessel of the port call chosen</source>
        <translation>%1 — នាវានៃការចូលចតកំពង់ផែដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — already registered (%2)</source>
        <translation>%1 — បានចុះបញ្ជីរួចហើយ (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — new vessel, will be registered</source>
        <translation>%1 — នាវាថ្មី នឹងត្រូវចុះបញ្ជី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known from the sheet</source>
        <translation>សន្លឹកតារាងមិនបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — registered, chosen by you</source>
        <translation>%1 — បានកត់ត្រារួចហើយ ជ្រើសរើសដោយអ្នក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — registered</source>
        <translation>%1 — បានកត់ត្រារួចហើយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — new port call, will be recorded</source>
        <translation>%1 — ការចូលចតកំពង់ផែថ្មី នឹងត្រូវកត់ត្រា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet gives no date of arrival or departure: choose the port call.</source>
        <translation>សន្លឹកតារាងមិនបញ្ជាក់កាលបរិច្ឆេទមកដល់ ឬចេញដំណើរទេ៖ សូមជ្រើសរើសការចូលចតកំពង់ផែ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet: choose the port call</source>
        <translation>មិនទាន់មាន៖ សូមជ្រើសរើសការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the port call: the sheet names the ship %1, not this vessel.</source>
        <translation>សូមពិនិត្យការចូលចតកំពង់ផែ៖ សន្លឹកតារាងបញ្ជាក់ឈ្មោះនាវា %1 មិនមែននាវានេះទេ។</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/merge_dialog.py" line="+102"/>
        <source>Merge the two versions</source>
        <translation>បញ្ចូលគ្នានូវកំណែទាំងពីរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{record}
For each field that differs, pick the value to keep. Fields both versions agree on stay as they are. The merged record then goes to {peer} with the next exchange.</source>
        <translation>{record}
សម្រាប់វាលនីមួយៗដែលខុសគ្នា សូមជ្រើសរើសតម្លៃដែលត្រូវរក្សាទុក។ វាលដែលកំណែទាំងពីរដូចគ្នា នៅដដែល។ បន្ទាប់មក កំណត់ត្រាដែលបានបញ្ចូលគ្នានឹងត្រូវបញ្ជូនទៅ {peer} ជាមួយការផ្លាស់ប្តូរទិន្នន័យលើកក្រោយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>បញ្ចូលគ្នា</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <location filename="../piu_desk/core/domain/mrz/codes.py" line="+19"/>
        <source>British Overseas Territories Citizen</source>
        <translation>ពលរដ្ឋដែនដីក្រៅប្រទេសរបស់ចក្រភពអង់គ្លេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British National (Overseas)</source>
        <translation>ជនសញ្ជាតិអង់គ្លេស (ក្រៅប្រទេស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Overseas Citizen</source>
        <translation>ពលរដ្ឋអង់គ្លេសក្រៅប្រទេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Protected Person</source>
        <translation>បុគ្គលក្រោមការការពាររបស់ចក្រភពអង់គ្លេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Subject</source>
        <translation>ប្រជាជនក្រោមអធិបតេយ្យភាពចក្រភពអង់គ្លេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Nations Organization</source>
        <translation>អង្គការសហប្រជាជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized agency of the United Nations</source>
        <translation>ទីភ្នាក់ងារឯកទេសនៃអង្គការសហប្រជាជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident of Kosovo (document issued by UNMIK)</source>
        <translation>អ្នករស់នៅកូសូវ៉ូ (ឯកសារចេញដោយ UNMIK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union</source>
        <translation>សហភាពអឺរ៉ុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>African Development Bank</source>
        <translation>ធនាគារអភិវឌ្ឍន៍អាហ្វ្រិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>African Export-Import Bank</source>
        <translation>ធនាគារនាំចេញ-នាំចូលអាហ្វ្រិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Community (CARICOM)</source>
        <translation>សហគមន៍ការ៉ាបៀន (CARICOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council of Europe</source>
        <translation>ក្រុមប្រឹក្សាអឺរ៉ុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common Market for Eastern and Southern Africa</source>
        <translation>ទីផ្សាររួមសម្រាប់អាហ្វ្រិកខាងកើត និងខាងត្បូង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Southern African Development Community</source>
        <translation>សហគមន៍អភិវឌ្ឍន៍អាហ្វ្រិកខាងត្បូង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic Community of West African States</source>
        <translation>សហគមន៍សេដ្ឋកិច្ចនៃរដ្ឋអាហ្វ្រិកខាងលិច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation of Eastern Caribbean States</source>
        <translation>អង្គការរដ្ឋការ៉ាបៀនខាងកើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliamentary Assembly of the Mediterranean</source>
        <translation>សភានៃតំបន់មេឌីទែរ៉ាណេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sovereign Military Order of Malta</source>
        <translation>អង្គការយោធាអធិបតេយ្យម៉ាល់ត៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INTERPOL</source>
        <translation>INTERPOL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stateless person (1954 Convention)</source>
        <translation>ជនគ្មានសញ្ជាតិ (អនុសញ្ញាឆ្នាំ 1954)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee (1951 Convention)</source>
        <translation>ជនភៀសខ្លួន (អនុសញ្ញាឆ្នាំ 1951)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee (other than under the 1951 Convention)</source>
        <translation>ជនភៀសខ្លួន (ក្រៅពីអនុសញ្ញាឆ្នាំ 1951)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality unspecified</source>
        <translation>សញ្ជាតិមិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kosovo</source>
        <translation>កូសូវ៉ូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utopia (ICAO specimen documents)</source>
        <translation>យូតូពី (ឯកសារគំរូរបស់ ICAO)</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/mrz/parse.py" line="+96"/>
        <source>No MRZ was given. Scan the document, or type its 2 lines (passport) or 3 lines (ID card).</source>
        <translation>មិនទាន់មាន MRZ ទេ។ សូមស្កេនឯកសារ ឬវាយបញ្ចូល 2 បន្ទាត់របស់វា (លិខិតឆ្លងដែន) ឬ 3 បន្ទាត់ (អត្តសញ្ញាណប័ណ្ណ)។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one line of {found} characters was given; an MRZ has 2 lines of 44 (passport) or 3 lines of 30 (ID card). Scan the document again.</source>
        <translation>មានតែមួយបន្ទាត់ដែលមាន {found} តួអក្សរប៉ុណ្ណោះ។ MRZ មាន 2 បន្ទាត់ នីមួយៗ 44 តួអក្សរ (លិខិតឆ្លងដែន) ឬ 3 បន្ទាត់ នីមួយៗ 30 តួអក្សរ (អត្តសញ្ញាណប័ណ្ណ)។ សូមស្កេនឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An MRZ has 2 lines (passport: 2 of 44 characters) or 3 lines (ID card: 3 of 30); {count} lines were given. Scan the document again.</source>
        <translation>MRZ មាន 2 បន្ទាត់ (លិខិតឆ្លងដែន៖ 2 បន្ទាត់ នីមួយៗ 44 តួអក្សរ) ឬ 3 បន្ទាត់ (អត្តសញ្ញាណប័ណ្ណ៖ 3 បន្ទាត់ នីមួយៗ 30 តួអក្សរ) ប៉ុន្តែបានទទួល {count} បន្ទាត់។ សូមស្កេនឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line {line} has {found} characters; each line of a {format} MRZ has {length}. A character was dropped or added in reading: scan the document again.</source>
        <translation>បន្ទាត់ទី {line} មាន {found} តួអក្សរ ប៉ុន្តែបន្ទាត់នីមួយៗនៃ MRZ ប្រភេទ {format} មាន {length} តួអក្សរ។ តួអក្សរមួយត្រូវបានបាត់ ឬបន្ថែមពេលអាន៖ សូមស្កេនឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines {lines} have {found} characters; each line of a {format} MRZ has {length}. Scan the document again.</source>
        <translation>បន្ទាត់ទី {lines} មាន {found} តួអក្សរ ប៉ុន្តែបន្ទាត់នីមួយៗនៃ MRZ ប្រភេទ {format} មាន {length} តួអក្សរ។ សូមស្កេនឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document number check digit: expected {expected}, found {found} — the document number or its check digit was misread.</source>
        <translation>លេខផ្ទៀងផ្ទាត់នៃលេខឯកសារ៖ ត្រូវជា {expected} តែឃើញ {found} — លេខឯកសារ ឬលេខផ្ទៀងផ្ទាត់របស់វាត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of birth check digit: expected {expected}, found {found} — the date or its check digit was misread.</source>
        <translation>លេខផ្ទៀងផ្ទាត់នៃថ្ងៃខែឆ្នាំកំណើត៖ ត្រូវជា {expected} តែឃើញ {found} — កាលបរិច្ឆេទ ឬលេខផ្ទៀងផ្ទាត់របស់វាត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of expiry check digit: expected {expected}, found {found} — the date or its check digit was misread.</source>
        <translation>លេខផ្ទៀងផ្ទាត់នៃកាលបរិច្ឆេទផុតកំណត់៖ ត្រូវជា {expected} តែឃើញ {found} — កាលបរិច្ឆេទ ឬលេខផ្ទៀងផ្ទាត់របស់វាត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal number check digit: expected {expected}, found {found} — the personal number or its check digit was misread.</source>
        <translation>លេខផ្ទៀងផ្ទាត់នៃលេខផ្ទាល់ខ្លួន៖ ត្រូវជា {expected} តែឃើញ {found} — លេខផ្ទាល់ខ្លួន ឬលេខផ្ទៀងផ្ទាត់របស់វាត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composite check digit (the last character of line 2): expected {expected}, found {found} — one of the characters it covers (document number, dates, optional data and their check digits) or the digit itself was misread.</source>
        <translation>លេខផ្ទៀងផ្ទាត់រួម (តួអក្សរចុងក្រោយនៃបន្ទាត់ទី 2)៖ ត្រូវជា {expected} តែឃើញ {found} — តួអក្សរមួយដែលវាគ្របដណ្តប់ (លេខឯកសារ កាលបរិច្ឆេទ ទិន្នន័យស្រេចចិត្ត និងលេខផ្ទៀងផ្ទាត់របស់ពួកវា) ឬលេខនេះផ្ទាល់ត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The date of birth ({birth}) is not before the date of expiry ({expiry}) — one of the dates was misread.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត ({birth}) មិននៅមុនកាលបរិច្ឆេទផុតកំណត់ ({expiry}) ទេ — កាលបរិច្ឆេទមួយក្នុងចំណោមនោះត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document expired on {date}.</source>
        <translation>ឯកសារនេះបានផុតកំណត់នៅ {date}។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sex is &apos;{sex}&apos;, but it can only be M, F, X or &lt; — the character was misread.</source>
        <translation>ភេទគឺ &apos;{sex}&apos; ប៉ុន្តែវាអាចជា M, F, X ឬ &lt; តែប៉ុណ្ណោះ — តួអក្សរនេះត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document code &apos;{code}&apos; is unusual: in a {format} document it starts with {codes}. Compare it with the data page.</source>
        <translation>លេខកូដឯកសារ &apos;{code}&apos; មិនធម្មតាទេ៖ ក្នុងឯកសារប្រភេទ {format} វាចាប់ផ្តើមដោយ {codes}។ សូមប្រៀបធៀបវាជាមួយទំព័រទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTO (Utopia) is the code of ICAO&apos;s specimen documents: no real document carries it.</source>
        <translation>UTO (យូតូពី) ជាលេខកូដនៃឯកសារគំរូរបស់ ICAO៖ គ្មានឯកសារពិតណាមួយប្រើលេខកូដនេះទេ។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line {line} has {count} character(s) that cannot be in an MRZ (only A-Z, 0-9 and &lt;), the first &apos;{char}&apos; at position {position} — the line was misread or mistyped.</source>
        <translation>បន្ទាត់ទី {line} មានតួអក្សរចំនួន {count} ដែលមិនអាចមាននៅក្នុង MRZ បាន (មានតែ A-Z, 0-9 និង &lt; ប៉ុណ្ណោះ) តួអក្សរទីមួយគឺ &apos;{char}&apos; នៅទីតាំងទី {position} — បន្ទាត់នេះត្រូវបានអានខុស ឬវាយខុស។</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document number&apos;s check digit is a filler (&lt;), which marks a number longer than 9 characters, but the rest of the number and its check digit are missing from the optional data — the line was misread.</source>
        <translation>លេខផ្ទៀងផ្ទាត់នៃលេខឯកសារជាតួបំពេញ (&lt;) ដែលបញ្ជាក់ថាលេខនេះវែងជាង 9 តួអក្សរ ប៉ុន្តែផ្នែកដែលនៅសល់នៃលេខ និងលេខផ្ទៀងផ្ទាត់របស់វាបាត់ពីទិន្នន័យស្រេចចិត្ត — បន្ទាត់នេះត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The name field has no surname — the name line was misread.</source>
        <translation>ផ្នែកឈ្មោះគ្មាននាមត្រកូលទេ — បន្ទាត់ឈ្មោះត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name field contains digits, which a name in an MRZ never has — the name line was misread (0 for O, 1 for I?).</source>
        <translation>ផ្នែកឈ្មោះមានលេខ ដែលឈ្មោះក្នុង MRZ មិនដែលមានទេ — បន្ទាត់ឈ្មោះត្រូវបានអានខុស (0 ជំនួស O, 1 ជំនួស I?)។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name fills its whole field and may be cut short; take the full name from the data page.</source>
        <translation>ឈ្មោះពេញផ្នែកទាំងមូល ហើយប្រហែលជាត្រូវបានកាត់ខ្លី។ សូមយកឈ្មោះពេញពីទំព័រទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The date of birth is wholly or partly unknown ({raw}): 9303 writes unknown parts as &lt;.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតមិនស្គាល់ទាំងស្រុង ឬមួយផ្នែក ({raw})៖ ឯកសារ ICAO 9303 សរសេរផ្នែកដែលមិនស្គាល់ជា &lt;។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date of birth &apos;{raw}&apos; is not a valid date (YYMMDD) — a character was misread.</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត &apos;{raw}&apos; មិនមែនជាកាលបរិច្ឆេទត្រឹមត្រូវ (YYMMDD) ទេ — តួអក្សរមួយត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document gives no date of expiry.</source>
        <translation>ឯកសារនេះមិនបញ្ជាក់កាលបរិច្ឆេទផុតកំណត់ទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of expiry &apos;{raw}&apos; is not a valid date (YYMMDD) — a character was misread.</source>
        <translation>កាលបរិច្ឆេទផុតកំណត់ &apos;{raw}&apos; មិនមែនជាកាលបរិច្ឆេទត្រឹមត្រូវ (YYMMDD) ទេ — តួអក្សរមួយត្រូវបានអានខុស។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issuing state &apos;{code}&apos; is not an ISO 3166-1 or ICAO code — the code was misread, or the document must be examined.</source>
        <translation>រដ្ឋចេញឯកសារ &apos;{code}&apos; មិនមែនជាលេខកូដ ISO 3166-1 ឬ ICAO ទេ — លេខកូដត្រូវបានអានខុស ឬត្រូវពិនិត្យឯកសារនេះឲ្យបានល្អិតល្អន់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationality &apos;{code}&apos; is not an ISO 3166-1 or ICAO code — the code was misread, or the document must be examined.</source>
        <translation>សញ្ជាតិ &apos;{code}&apos; មិនមែនជាលេខកូដ ISO 3166-1 ឬ ICAO ទេ — លេខកូដត្រូវបានអានខុស ឬត្រូវពិនិត្យឯកសារនេះឲ្យបានល្អិតល្អន់។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{code} is a former country code ({name}), no longer issued; examine the document.</source>
        <translation>{code} ជាលេខកូដប្រទេសចាស់ ({name}) ដែលលែងចេញហើយ។ សូមពិនិត្យឯកសារនេះឲ្យបានល្អិតល្អន់។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/mrz/report.py" line="+16"/>
        <source>Passport (TD3, 2 lines of 44)</source>
        <translation>លិខិតឆ្លងដែន (TD3, 2 បន្ទាត់ នីមួយៗ 44 តួអក្សរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document (TD2, 2 lines of 36)</source>
        <translation>ឯកសារធ្វើដំណើរ (TD2, 2 បន្ទាត់ នីមួយៗ 36 តួអក្សរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity card (TD1, 3 lines of 30)</source>
        <translation>អត្តសញ្ញាណប័ណ្ណ (TD1, 3 បន្ទាត់ នីមួយៗ 30 តួអក្សរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa (MRV-A, 2 lines of 44)</source>
        <translation>ទិដ្ឋាការ (MRV-A, 2 បន្ទាត់ នីមួយៗ 44 តួអក្សរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa (MRV-B, 2 lines of 36)</source>
        <translation>ទិដ្ឋាការ (MRV-B, 2 បន្ទាត់ នីមួយៗ 36 តួអក្សរ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M (male)</source>
        <translation>M (ប្រុស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F (female)</source>
        <translation>F (ស្រី)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (unspecified)</source>
        <translation>X (មិនបញ្ជាក់)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; (unspecified)</source>
        <translation>&lt; (មិនបញ្ជាក់)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(unknown code)</source>
        <translation>(លេខកូដមិនស្គាល់)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check digit {found}: correct</source>
        <translation>លេខផ្ទៀងផ្ទាត់ {found}៖ ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digit WRONG: expected {expected}, found {found}</source>
        <translation>លេខផ្ទៀងផ្ទាត់ខុស៖ ត្រូវជា {expected} តែឃើញ {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal number</source>
        <translation>លេខផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional data</source>
        <translation>ទិន្នន័យស្រេចចិត្ត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document code</source>
        <translation>លេខកូដឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state</source>
        <translation>រដ្ឋចេញឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>នាមត្រកូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>នាមខ្លួន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>លេខឯកសារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of expiry</source>
        <translation>កាលបរិច្ឆេទផុតកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(expired)</source>
        <translation>(ផុតកំណត់)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional data, line 2</source>
        <translation>ទិន្នន័យស្រេចចិត្ត បន្ទាត់ទី 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composite</source>
        <translation>លេខផ្ទៀងផ្ទាត់រួម</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems:</source>
        <translation>បញ្ហា៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every check passes.</source>
        <translation>ការពិនិត្យទាំងអស់ត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} problem(s): the MRZ was misread, or the document must be examined.</source>
        <translation>មានបញ្ហាចំនួន {count}៖ MRZ ត្រូវបានអានខុស ឬត្រូវពិនិត្យឯកសារនេះឲ្យបានល្អិតល្អន់។</translation>
    </message>
</context>
<context>
    <name>MrzPanel</name>
    <message>
        <location filename="../piu_desk/ui/crew_entry/mrz_panel.py" line="+105"/>
        <source>Passport or ID card (MRZ)</source>
        <translation>លិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណ (MRZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the document with the desk reader while the field below has the focus, or type its 2 lines (passport) or 3 lines (ID card), pressing Enter after each. A row is filled when every check digit holds.</source>
        <translation>សូមស្កេនឯកសារដោយឧបករណ៍អានរបស់តុការងារ ខណៈពេលដែលប្រអប់ខាងក្រោមកំពុងសកម្ម ឬវាយបញ្ចូល 2 បន្ទាត់របស់វា (លិខិតឆ្លងដែន) ឬ 3 បន្ទាត់ (អត្តសញ្ញាណប័ណ្ណ) ដោយចុច Enter បន្ទាប់ពីបន្ទាត់នីមួយៗ។ ជួរដេកនឹងត្រូវបានបំពេញ នៅពេលលេខផ្ទៀងផ្ទាត់ទាំងអស់ត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan or type the MRZ here</source>
        <translation>ស្កេន ឬវាយបញ្ចូល MRZ នៅទីនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>ពិនិត្យម្តងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the lines as corrected above</source>
        <translation>ពិនិត្យបន្ទាត់ដែលបានកែនៅខាងលើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the row anyway</source>
        <translation>នៅតែបំពេញជួរដេក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row is filled as read; the cells of the failing fields stay marked.</source>
        <translation>ជួរដេកនឹងត្រូវបានបំពេញតាមអ្វីដែលបានអាន។ ក្រឡានៃវាលដែលមិនត្រឹមត្រូវនៅតែមានសញ្ញាសម្គាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 of %2 read</source>
        <translation>បានអានបន្ទាត់ %1 នៃ %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Row filled from the MRZ: %1.</source>
        <translation>ជួរដេកត្រូវបានបំពេញពី MRZ៖ %1។</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The MRZ was not used: %n problem(s) below. Correct the lines and check again, or fill the row anyway.</source>
        <translation>
            <numerusform>MRZ មិនត្រូវបានប្រើទេ៖ មានបញ្ហាចំនួន %n ខាងក្រោម។ សូមកែបន្ទាត់ ហើយពិនិត្យម្តងទៀត ឬនៅតែបំពេញជួរដេក។</numerusform>
            <numerusform>MRZ មិនត្រូវបានប្រើទេ៖ មានបញ្ហាចំនួន %n ខាងក្រោម។ សូមកែបន្ទាត់ ហើយពិនិត្យម្តងទៀត ឬនៅតែបំពេញជួរដេក។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row filled from the MRZ as read; its marked cells need checking against the document.</source>
        <translation>ជួរដេកត្រូវបានបំពេញពី MRZ តាមអ្វីដែលបានអាន។ សូមផ្ទៀងផ្ទាត់ក្រឡាដែលមានសញ្ញាសម្គាល់ជាមួយឯកសារ។</translation>
    </message>
</context>
<context>
    <name>MyDaySection</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/my_day.py" line="+99"/>
        <source>What is on your plate today. Click a figure to open the list behind it.</source>
        <translation>ការងាររបស់អ្នកសម្រាប់ថ្ងៃនេះ។ សូមចុចលើតួលេខ ដើម្បីបើកបញ្ជីនៅពីក្រោយវា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My inspections to finish</source>
        <translation>ការត្រួតពិនិត្យត្រូវបញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port calls today</source>
        <translation>ការចូលចតកំពង់ផែថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open alerts</source>
        <translation>ការជូនដំណឹងមិនទាន់សម្រេច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tip-offs still new</source>
        <translation>ព័ត៌មានតម្រុយរបស់ខ្ញុំដែលនៅថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment to accept or return</source>
        <translation>សម្ភារៈត្រូវបញ្ជាក់ការទទួល ឬប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My draft and returned inspections</source>
        <translation>ការត្រួតពិនិត្យរបស់ខ្ញុំជាសេចក្តីព្រាង និងដែលបានប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving or departing today</source>
        <translation>មកដល់ ឬចេញដំណើរថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-offs I logged that are still new</source>
        <translation>ព័ត៌មានតម្រុយដែលខ្ញុំបានកត់ត្រា ហើយនៅថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment I hold</source>
        <translation>សម្ភារៈដែលខ្ញុំកាន់កាប់</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click to open the list</source>
        <translation>ចុចដើម្បីបើកបញ្ជី</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My day, {date}</source>
        <translation>ការងារថ្ងៃនេះរបស់ខ្ញុំ {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} returned for changes</source>
        <translation>{count} ប្រគល់ឲ្យកែប្រែ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for the whole unit</source>
        <translation>សម្រាប់អង្គភាពទាំងមូល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} to accept</source>
        <translation>{count} ត្រូវបញ្ជាក់ការទទួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} due back</source>
        <translation>{count} ដល់កំណត់ប្រគល់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finish them and submit them for approval.</source>
        <translation>សូមបញ្ចប់ពួកវា ហើយដាក់ជូនដើម្បីអនុម័ត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No draft or returned inspection of yours.</source>
        <translation>អ្នកគ្មានការត្រួតពិនិត្យជាសេចក្តីព្រាង ឬដែលបានប្រគល់ត្រឡប់វិញទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Open the port calls</source>
        <translation>បើកការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No vessel arrives or departs today.</source>
        <translation>គ្មាននាវាណាមកដល់ ឬចេញដំណើរថ្ងៃនេះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor or you can assess them.</source>
        <translation>ប្រធានក្រុម ឬអ្នកអាចវាយតម្លៃពួកវាបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your tip-offs is waiting to be assessed.</source>
        <translation>គ្មានព័ត៌មានតម្រុយរបស់អ្នកណាមួយកំពុងរង់ចាំការវាយតម្លៃទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the tip-offs</source>
        <translation>បើកព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to accept or to return today.</source>
        <translation>ថ្ងៃនេះគ្មានអ្វីត្រូវបញ្ជាក់ការទទួល ឬប្រគល់ត្រឡប់វិញទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open my equipment</source>
        <translation>បើកសម្ភារៈរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{vessel}, begun {when}: {status}</source>
        <translation>{vessel} ចាប់ផ្តើម {when}៖ {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{vessel} arrives {when}</source>
        <translation>{vessel} មកដល់ {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{vessel} departs {when}</source>
        <translation>{vessel} ចេញដំណើរ {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waiting for your acceptance</source>
        <translation>កំពុងរង់ចាំការបញ្ជាក់ការទទួលរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue since {date}</source>
        <translation>ហួសកំណត់តាំងពី {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due back today</source>
        <translation>ដល់កំណត់ប្រគល់ត្រឡប់វិញថ្ងៃនេះ</translation>
    </message>
</context>
<context>
    <name>MyEquipmentSection</name>
    <message>
        <location filename="../piu_desk/ui/equipment/mine.py" line="+41"/>
        <source>My equipment</source>
        <translation>សម្ភារៈរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit&apos;s equipment you hold today. Check each item you were issued, then accept it: you answer for it until you return it to the custodian.</source>
        <translation>សម្ភារៈរបស់អង្គភាពដែលអ្នកកាន់កាប់នៅថ្ងៃនេះ។ សូមពិនិត្យសម្ភារៈនីមួយៗដែលបានបើកផ្តល់ឲ្យអ្នក រួចបញ្ជាក់ការទទួល៖ អ្នកទទួលខុសត្រូវលើវា រហូតដល់អ្នកប្រគល់វាត្រឡប់វិញទៅអ្នកថែរក្សាសម្ភារៈ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You hold no equipment of the unit.</source>
        <translation>អ្នកមិនកាន់កាប់សម្ភារៈណាមួយរបស់អង្គភាពទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have received it</source>
        <translation>ខ្ញុំបានទទួលហើយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the selected item you were issued</source>
        <translation>បញ្ជាក់ការទទួលសម្ភារៈដែលបានជ្រើសរើស ដែលបានបើកផ្តល់ឲ្យអ្នក</translation>
    </message>
</context>
<context>
    <name>NewArrivalDialog</name>
    <message>
        <location filename="../piu_desk/ui/records/arrival_dialog.py" line="-107"/>
        <source>New arrival</source>
        <translation>ការមកដល់ថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the vessel: name, IMO number, MMSI or call sign</source>
        <translation>ស្វែងរកនាវា៖ ឈ្មោះ លេខ IMO, MMSI ឬសញ្ញាហៅ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a new vessel…</source>
        <translation>ចុះបញ្ជីនាវាថ្មី…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record arrival</source>
        <translation>កត់ត្រាការមកដល់</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No vessel chosen yet.</source>
        <translation>មិនទាន់បានជ្រើសរើសនាវាទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arriving: %1</source>
        <translation>កំពុងមកដល់៖ %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the vessel from the list, or register a new one.</source>
        <translation>សូមជ្រើសរើសនាវាពីបញ្ជី ឬចុះបញ្ជីនាវាថ្មី។</translation>
    </message>
</context>
<context>
    <name>ParticularsPanel</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/particulars_panel.py" line="+63"/>
        <source>Ship particulars in the sheet</source>
        <translation>ព័ត៌មាននាវាក្នុងសន្លឹកតារាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As written</source>
        <translation>ដូចដែលបានសរសេរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translation>អានជា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not in the sheet</source>
        <translation>មិនមានក្នុងសន្លឹកតារាង</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../piu_desk/ui/admin/user_dialog.py" line="+265"/>
        <source>Enable %1</source>
        <translation>បើកគណនី %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling %1 needs a new password: the old one stopped working when the account was disabled. The user must change it at the first log-in.</source>
        <translation>ការបើកគណនី %1 ត្រូវការពាក្យសម្ងាត់ថ្មី៖ ពាក្យសម្ងាត់ចាស់លែងប្រើបាន តាំងពីពេលគណនីត្រូវបានបិទ។ អ្នកប្រើប្រាស់ត្រូវប្តូរវានៅពេលចូលលើកដំបូង។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset the password of %1</source>
        <translation>កំណត់ពាក្យសម្ងាត់របស់ %1 ឡើងវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for %1. The old password stops working at once; the user must change the new one at the first log-in.</source>
        <translation>កំណត់ពាក្យសម្ងាត់ថ្មីសម្រាប់ %1។ ពាក្យសម្ងាត់ចាស់លែងប្រើបានភ្លាមៗ។ អ្នកប្រើប្រាស់ត្រូវប្តូរពាក្យសម្ងាត់ថ្មីនេះនៅពេលចូលលើកដំបូង។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password:</source>
        <translation>ពាក្យសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again:</source>
        <translation>បញ្ជាក់ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set password</source>
        <translation>កំណត់ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enabling the account…</source>
        <translation>កំពុងបើកគណនី…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting the password…</source>
        <translation>កំពុងកំណត់ពាក្យសម្ងាត់…</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <location filename="../piu_desk/ui/pdf_output.py" line="+45"/>
        <source>Save as PDF</source>
        <translation>រក្សាទុកជា PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PDF file is not encrypted</source>
        <translation>ឯកសារ PDF នេះមិនត្រូវបានដាក់កូដសម្ងាត់ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file is not encrypted. Anyone who gets it, from this computer, a USB stick or an e-mail, can read everything in it. Save it only where it is needed, keep it safe, and delete it when it is no longer needed.</source>
        <translation>ឯកសារ PDF នេះមិនត្រូវបានដាក់កូដសម្ងាត់ទេ។ អ្នកណាក៏ដោយដែលទទួលបានវា ពីកុំព្យូទ័រនេះ ពីឧបករណ៍ផ្ទុក USB ឬពីអ៊ីមែល អាចអានអ្វីៗទាំងអស់នៅក្នុងនោះបាន។ សូមរក្សាទុកវាតែនៅកន្លែងដែលត្រូវការប៉ុណ្ណោះ ថែរក្សាវាឲ្យមានសុវត្ថិភាព ហើយលុបវាចោលនៅពេលលែងត្រូវការ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It will be saved as:
%1</source>
        <translation>វានឹងត្រូវរក្សាទុកជា៖
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PDF</source>
        <translation>រក្សាទុក PDF</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <location filename="../piu_desk/ui/exchange/peers_model.py" line="+37"/>
        <location line="+20"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone fingerprint</source>
        <translation>ស្នាមម្រាមដៃសោសម្រាប់ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sent</source>
        <translation>ផ្ញើចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last received</source>
        <translation>ទទួលចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not confirmed</source>
        <translation>មិនទាន់បញ្ជាក់</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes of this desk the peer has not confirmed yet: they go again with every bundle until a bundle from the peer confirms them.</source>
        <translation>ការផ្លាស់ប្តូររបស់តុការងារនេះ ដែលដៃគូមិនទាន់បញ្ជាក់ការទទួល៖ ការផ្លាស់ប្តូរទាំងនោះនឹងត្រូវផ្ញើម្តងទៀតជាមួយកញ្ចប់ទិន្នន័យនីមួយៗ រហូតដល់កញ្ចប់ទិន្នន័យពីដៃគូបញ្ជាក់ការទទួល។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HQ</source>
        <translation>ទីស្នាក់ការកណ្តាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys {n}</source>
        <translation>សោជំនាន់ទី {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>បានដកហូត</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time}, no. {number}</source>
        <translation>{time}, លេខ {number}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/period_picker.py" line="+83"/>
        <source>One &amp;day</source>
        <translation>មួយថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A s&amp;hift</source>
        <translation>មួយវេន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;veral days</source>
        <translation>ច្រើនថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day:</source>
        <translation>ថ្ងៃដំបូង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day:</source>
        <translation>ថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day:</source>
        <translation>ថ្ងៃចុងក្រោយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>ចាប់ពី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>រហូតដល់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shift that ends before it starts ends the next day.</source>
        <translation>វេនដែលបញ្ចប់មុនម៉ោងចាប់ផ្តើម នឹងបញ្ចប់នៅថ្ងៃបន្ទាប់។</translation>
    </message>
</context>
<context>
    <name>PersonAboardDialog</name>
    <message>
        <location filename="../piu_desk/ui/crew_entry/person_dialog.py" line="+129"/>
        <source>Person found aboard</source>
        <translation>បុគ្គលដែលរកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Family name:</source>
        <translation>នាមត្រកូល៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Given names:</source>
        <translation>នាមខ្លួន៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Nationality:</source>
        <translation>សញ្ជាតិ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Age (estimated):</source>
        <translation>អាយុ (ប៉ាន់ស្មាន)៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G&amp;ender:</source>
        <translation>ភេទ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circumstances:</source>
        <translation>កាលៈទេសៈ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UNKNOWN if the person gives none</source>
        <translation>UNKNOWN ប្រសិនបើបុគ្គលនោះមិនប្រាប់ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 letters, for example MMR</source>
        <translation>អក្សរ 3 ឧទាហរណ៍ MMR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day, if known</source>
        <translation>ឆ្នាំ-ខែ-ថ្ងៃ ប្រសិនបើដឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the date of birth is not known</source>
        <translation>នៅពេលមិនដឹងថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and how the person was found, by whom, and in what condition.</source>
        <translation>បុគ្គលនោះត្រូវបានរកឃើញនៅទីណា ដោយរបៀបណា ដោយនរណា និងក្នុងស្ថានភាពបែបណា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerability</source>
        <translation>ភាពងាយរងគ្រោះ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under 18 by the date of birth or the age: marked as a minor.</source>
        <translation>អាយុក្រោម 18 ឆ្នាំ តាមថ្ងៃខែឆ្នាំកំណើត ឬអាយុ៖ ត្រូវបានសម្គាល់ថាជាអនីតិជន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saving the person found aboard…</source>
        <translation>កំពុងរក្សាទុកបុគ្គលដែលរកឃើញនៅលើនាវា…</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../piu_desk/ui/records/person_page.py" line="+88"/>
        <source>Family name:</source>
        <translation>នាមត្រកូល៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names:</source>
        <translation>នាមខ្លួន៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality:</source>
        <translation>សញ្ជាតិ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth:</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender:</source>
        <translation>ភេទ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen on</source>
        <translation>ឃើញនៅ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrival</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As</source>
        <translation>ក្នុងនាមជា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank or details</source>
        <translation>ឋានៈ ឬព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be the same person</source>
        <translation>អាចជាបុគ្គលតែមួយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>ភាពស្រដៀងគ្នា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើតដូចគ្នា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same nationality</source>
        <translation>សញ្ជាតិដូចគ្នា</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>born %1</source>
        <translation>កើត %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Crew</source>
        <translation>នាវិក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found aboard</source>
        <translation>រកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>ដូចគ្នា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>ខុសគ្នា</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+38"/>
        <source>Same person — link</source>
        <translation>បុគ្គលតែមួយ — ភ្ជាប់</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Looking for persons with a similar name…</source>
        <translation>កំពុងស្វែងរកបុគ្គលដែលមានឈ្មោះស្រដៀងគ្នា…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These records have a similar name. Link one only when you are sure it is the same person, for example the same passport under another spelling. Nothing is linked automatically.</source>
        <translation>កំណត់ត្រាទាំងនេះមានឈ្មោះស្រដៀងគ្នា។ សូមភ្ជាប់តែនៅពេលអ្នកប្រាកដថាជាបុគ្គលតែមួយប៉ុណ្ណោះ ឧទាហរណ៍ លិខិតឆ្លងដែនដដែលដែលសរសេរឈ្មោះខុសគ្នា។ គ្មានអ្វីត្រូវបានភ្ជាប់ដោយស្វ័យប្រវត្តិទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other person with a similar name has been recorded.</source>
        <translation>មិនទាន់មានបុគ្គលផ្សេងដែលមានឈ្មោះស្រដៀងគ្នាត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link %1 to %2 as the same person?</source>
        <translation>ភ្ជាប់ %1 ទៅ %2 ជាបុគ្គលតែមួយមែនទេ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every crew list row and every record of a person found aboard of %1 will be shown on this page, and %1&apos;s documents are added to this person. Link only when you are sure, for example when the passport number is the same. The link is recorded in the audit trail.</source>
        <translation>ជួរដេកបញ្ជីនាវិកទាំងអស់ និងកំណត់ត្រាបុគ្គលដែលរកឃើញនៅលើនាវាទាំងអស់របស់ %1 នឹងត្រូវបង្ហាញនៅលើទំព័រនេះ ហើយឯកសាររបស់ %1 នឹងត្រូវបន្ថែមទៅបុគ្គលនេះ។ សូមភ្ជាប់តែនៅពេលអ្នកប្រាកដ ឧទាហរណ៍ នៅពេលលេខលិខិតឆ្លងដែនដូចគ្នា។ ការភ្ជាប់នេះត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same person?</source>
        <translation>បុគ្គលតែមួយឬ?</translation>
    </message>
</context>
<context>
    <name>PinKeysDialog</name>
    <message>
        <location filename="../piu_desk/ui/exchange/pin_dialog.py" line="+83"/>
        <source>Import the enrolment from HQ</source>
        <translation>នាំចូលការចុះបញ្ជីពីទីស្នាក់ការកណ្តាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin a station&apos;s keys</source>
        <translation>កំណត់ជាប់សោរបស់ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the enrolment file HQ wrote for this desk, call HQ, and type the fingerprint HQ reads out. HQ is trusted only when it matches.</source>
        <translation>សូមជ្រើសរើសឯកសារចុះបញ្ជីដែលទីស្នាក់ការកណ្តាលបានសរសេរសម្រាប់តុការងារនេះ ទូរស័ព្ទទៅទីស្នាក់ការកណ្តាល ហើយវាយបញ្ចូលស្នាមម្រាមដៃសោដែលទីស្នាក់ការកណ្តាលអានប្រាប់។ ទីស្នាក់ការកណ្តាលត្រូវបានទុកចិត្ត លុះត្រាតែវាត្រូវគ្នា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the key file the station wrote, call the station, and type the fingerprint it reads out. The station is trusted only when it matches.</source>
        <translation>សូមជ្រើសរើសឯកសារសោដែលស្ថានីយបានសរសេរ ទូរស័ព្ទទៅស្ថានីយ ហើយវាយបញ្ចូលស្នាមម្រាមដៃសោដែលស្ថានីយអានប្រាប់។ ស្ថានីយត្រូវបានទុកចិត្ត លុះត្រាតែវាត្រូវគ្នា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none chosen</source>
        <translation>មិនទាន់ជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>ជ្រើសរើសឯកសារ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file:</source>
        <translation>ក្នុងឯកសារ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint read out by phone:</source>
        <translation>ស្នាមម្រាមដៃសោដែលបានអានប្រាប់តាមទូរស័ព្ទ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust these keys</source>
        <translation>ទុកចិត្តសោទាំងនេះ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the key file</source>
        <translation>ជ្រើសរើសឯកសារសោ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.json);;All files (*)</source>
        <translation>ឯកសារសោ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>keys of {who}{name}, fingerprint {fp}</source>
        <translation>សោរបស់ {who}{name}, ស្នាមម្រាមដៃសោ {fp}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the key file first.</source>
        <translation>សូមជ្រើសរើសឯកសារសោជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the fingerprint read out by phone.</source>
        <translation>សូមវាយបញ្ចូលស្នាមម្រាមដៃសោដែលបានអានប្រាប់តាមទូរស័ព្ទ។</translation>
    </message>
</context>
<context>
    <name>PortCallForm</name>
    <message>
        <location filename="../piu_desk/ui/records/port_call_form.py" line="+84"/>
        <source>Arrival:</source>
        <translation>មកដល់៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last port:</source>
        <translation>កំពង់ផែមុន៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next port:</source>
        <translation>កំពង់ផែបន្ទាប់៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berth:</source>
        <translation>ចំណត៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent:</source>
        <translation>ភ្នាក់ងារនាវា៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voyage number:</source>
        <translation>លេខជើងដំណើរ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew:</source>
        <translation>នាវិក៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passengers:</source>
        <translation>អ្នកដំណើរ៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Departure:</source>
        <translation>ចេញដំណើរ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when the departure time is known</source>
        <translation>គូសធីក នៅពេលដឹងម៉ោងចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UN/LOCODE or port name, e.g. VNSGN</source>
        <translation>UN/LOCODE ឬឈ្មោះកំពង់ផែ ឧ. VNSGN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>number</source>
        <translation>ចំនួន</translation>
    </message>
</context>
<context>
    <name>PortCallPage</name>
    <message>
        <location filename="../piu_desk/ui/records/port_call_page.py" line="+100"/>
        <source>Vessel…</source>
        <translation>នាវា…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the vessel&apos;s page</source>
        <translation>បើកទំព័ររបស់នាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែប្រែ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vessel:</source>
        <translation>នាវា៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag:</source>
        <translation>ទង់ជាតិ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMO:</source>
        <translation>IMO៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival:</source>
        <translation>មកដល់៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure:</source>
        <translation>ចេញដំណើរ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last port:</source>
        <translation>កំពង់ផែមុន៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next port:</source>
        <translation>កំពង់ផែបន្ទាប់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berth:</source>
        <translation>ចំណត៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent:</source>
        <translation>ភ្នាក់ងារនាវា៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voyage:</source>
        <translation>ជើងដំណើរ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew:</source>
        <translation>នាវិក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passengers:</source>
        <translation>អ្នកដំណើរ៖</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Port call · arrived %1</source>
        <translation>ការចូលចតកំពង់ផែ · មកដល់ %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vulnerable persons found aboard — %1</source>
        <translation>បុគ្គលងាយរងគ្រោះដែលរកឃើញនៅលើនាវា — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crew lists (%1)</source>
        <translation>បញ្ជីនាវិក (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons found aboard (%1)</source>
        <translation>បុគ្គលដែលរកឃើញនៅលើនាវា (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspections (%1)</source>
        <translation>ការត្រួតពិនិត្យ (%1)</translation>
    </message>
</context>
<context>
    <name>PortCallPicker</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/port_call_picker.py" line="+77"/>
        <source>Choose the port call</source>
        <translation>ជ្រើសរើសការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crew list is saved with the port call you choose. Recent port calls are listed first; type to find a vessel by name.</source>
        <translation>បញ្ជីនាវិកនឹងត្រូវរក្សាទុកជាមួយការចូលចតកំពង់ផែដែលអ្នកជ្រើសរើស។ ការចូលចតកំពង់ផែថ្មីៗត្រូវបានរាយមុនគេ។ សូមវាយឈ្មោះនាវា ដើម្បីស្វែងរក។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vessel name</source>
        <translation>ឈ្មោះនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No port call of a vessel with this name.</source>
        <translation>គ្មានការចូលចតកំពង់ផែរបស់នាវាដែលមានឈ្មោះនេះទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new arrival…</source>
        <translation>កត់ត្រាការមកដល់ថ្មី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>ជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>PortCallsModel</name>
    <message>
        <location filename="../piu_desk/ui/records/port_calls_model.py" line="+92"/>
        <source>Arrival</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>ទង់ជាតិ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last port</source>
        <translation>កំពង់ផែមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next port</source>
        <translation>កំពង់ផែបន្ទាប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berth</source>
        <translation>ចំណត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voyage</source>
        <translation>ជើងដំណើរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew</source>
        <translation>នាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
</context>
<context>
    <name>PortCallsView</name>
    <message>
        <location filename="../piu_desk/ui/records/port_calls_view.py" line="+132"/>
        <source>Port calls</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New arrival…</source>
        <translation>ការមកដល់ថ្មី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a vessel&apos;s arrival (Ctrl+N)</source>
        <translation>កត់ត្រាការមកដល់របស់នាវា (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived:</source>
        <translation>មកដល់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>គ្រប់ពេល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 ថ្ងៃចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between dates…</source>
        <translation>ចន្លោះកាលបរិច្ឆេទ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vessel:</source>
        <translation>នាវា៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the vessel&apos;s name</source>
        <translation>ផ្នែកនៃឈ្មោះនាវា</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Port calls: %1</source>
        <translation>ការចូលចតកំពង់ផែ៖ %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/preview_page.py" line="+152"/>
        <source>Sheet:</source>
        <translation>សន្លឹកតារាង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file…</source>
        <translation>ជ្រើសរើសឯកសារផ្សេង…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not imported —</source>
        <translation>— មិននាំចូល —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as:</source>
        <translation>នាំចូលជា៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guessed from the column title, but not for certain: check it.</source>
        <translation>បានស្មានតាមចំណងជើងជួរឈរ ប៉ុន្តែមិនប្រាកដទេ៖ សូមពិនិត្យ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guessed from the column title.</source>
        <translation>បានស្មានតាមចំណងជើងជួរឈរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen by you.</source>
        <translation>ជ្រើសរើសដោយអ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This column is not imported.</source>
        <translation>ជួរឈរនេះមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>current FAL Form 5 layout</source>
        <translation>ប្លង់បច្ចុប្បន្ននៃទម្រង់ FAL លេខ 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older FAL Form 5 layout (combined columns)</source>
        <translation>ប្លង់ចាស់នៃទម្រង់ FAL លេខ 5 (ជួរឈររួមបញ្ចូលគ្នា)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns of both FAL Form 5 layouts</source>
        <translation>ជួរឈរនៃប្លង់ទាំងពីរនៃទម្រង់ FAL លេខ 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · column titles on sheet row %2 · %3</source>
        <translation>%1 · ចំណងជើងជួរឈរនៅជួរដេកទី %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 valid, %2 with problems, %3 skipped</source>
        <translation>ត្រឹមត្រូវ %1 · មានបញ្ហា %2 · បានរំលង %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All (%1)</source>
        <translation>ទាំងអស់ (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems (%1)</source>
        <translation>មានបញ្ហា (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid (%1)</source>
        <translation>ត្រឹមត្រូវ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped (%1)</source>
        <translation>បានរំលង (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a row to read all that was found in it.</source>
        <translation>សូមជ្រើសរើសជួរដេកមួយ ដើម្បីអានអ្វីៗទាំងអស់ដែលបានរកឃើញក្នុងនោះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet row %1 is valid.</source>
        <translation>ជួរដេកទី %1 នៃសន្លឹកតារាងត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet row %1 will not be imported:</source>
        <translation>ជួរដេកទី %1 នៃសន្លឹកតារាងនឹងមិនត្រូវបាននាំចូលទេ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet row %1 is skipped:</source>
        <translation>ជួរដេកទី %1 នៃសន្លឹកតារាងត្រូវបានរំលង៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet row %1 is valid; check:</source>
        <translation>ជួរដេកទី %1 នៃសន្លឹកតារាងត្រឹមត្រូវ ប៉ុន្តែសូមពិនិត្យ៖</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_progress.py" line="+115"/>
        <location line="+17"/>
        <source>Status: {status}</source>
        <translation>ស្ថានភាព៖ {status}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Inspections that followed it up</source>
        <translation>ការត្រួតពិនិត្យដែលបានតាមដានបន្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark assessed</source>
        <translation>សម្គាល់ថាបានវាយតម្លៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark actioned</source>
        <translation>សម្គាល់ថាបានចាត់វិធានការ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark closed</source>
        <translation>សម្គាល់ថាបានបិទ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turned out:</source>
        <translation>លទ្ធផល៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link inspection…</source>
        <translation>ភ្ជាប់ការត្រួតពិនិត្យ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>ផ្តាច់</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../piu_desk/ui/hq/publish_dialog.py" line="+80"/>
        <location line="+12"/>
        <source>Publish version {version}</source>
        <translation>ចេញផ្សាយកំណែ {version}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Version {version} of the master watchlist goes to every station with its next bundle.
Changed entries since the last version: {changes}</source>
        <translation>បញ្ជីតាមដានមេកំណែ {version} នឹងត្រូវបញ្ជូនទៅស្ថានីយនីមួយៗ ជាមួយកញ្ចប់ទិន្នន័យបន្ទាប់របស់ស្ថានីយនោះ។
កំណត់ត្រាដែលបានផ្លាស់ប្តូរតាំងពីកំណែចុងក្រោយ៖ {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until:</source>
        <translation>មានសុពលភាពរហូតដល់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the stations:</source>
        <translation>កំណត់សម្គាល់សម្រាប់ស្ថានីយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: what changed and why</source>
        <translation>ស្រេចចិត្ត៖ អ្វីខ្លះបានផ្លាស់ប្តូរ និងហេតុអ្វី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After this date the stations see the watchlist as expired until they receive a newer version.</source>
        <translation>ក្រោយកាលបរិច្ឆេទនេះ ស្ថានីយនានានឹងឃើញបញ្ជីតាមដានថាផុតកំណត់ រហូតដល់ពួកគេទទួលបានកំណែថ្មីជាង។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Publishing the watchlist…</source>
        <translation>កំពុងចេញផ្សាយបញ្ជីតាមដាន…</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../piu_desk/ui/qt_texts.py" line="+38"/>
        <source>&amp;OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>បិទដោយមិនរក្សាទុក</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-26"/>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>បាទ/ចាស សម្រាប់ទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>ទេ សម្រាប់ទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>មិនអើពើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>មិនរក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>ស្តារការកំណត់លំនាំដើម</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../piu_desk/ui/inspections/versions.py" line="+149"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>RecordDoneDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_dialogs.py" line="+117"/>
        <source>Done on:</source>
        <translation>ធ្វើរួចនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maintenance done</source>
        <translation>បានថែទាំរួច</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was found or replaced (optional)</source>
        <translation>អ្វីដែលបានរកឃើញ ឬបានប្តូរ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>កត់ត្រា</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../piu_desk/ui/records/page.py" line="+67"/>
        <source>← Back</source>
        <translation>← ថយក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>ត្រឡប់ទៅទំព័រមុន (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_picker.py" line="+83"/>
        <source>Choose the inspection</source>
        <translation>ជ្រើសរើសការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a vessel, person or port call</source>
        <translation>ជ្រើសរើសនាវា បុគ្គល ឬការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the vessel&apos;s name or the inspection&apos;s date.</source>
        <translation>សូមវាយឈ្មោះនាវា ឬកាលបរិច្ឆេទនៃការត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name in any order, an IMO or MMSI number, a call sign or a document number.</source>
        <translation>សូមវាយឈ្មោះតាមលំដាប់ណាក៏បាន លេខ IMO ឬ MMSI សញ្ញាហៅ ឬលេខឯកសារ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>ជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Check the spelling, or search with fewer words.</source>
        <translation>រកមិនឃើញអ្វីទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ ឬស្វែងរកដោយប្រើពាក្យតិចជាងនេះ។</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../piu_desk/core/domain/crew.py" line="+35"/>
        <source>Minor</source>
        <translation>អនីតិជន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible victim of trafficking</source>
        <translation>អាចជាជនរងគ្រោះនៃការជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs medical care</source>
        <translation>ត្រូវការការព្យាបាលវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/inspection.py" line="+44"/>
        <source>Routine</source>
        <translation>ជាប្រចាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted</source>
        <translation>មានគោលដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up of a tip-off</source>
        <translation>តាមដានព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>ទាប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>ខ្ពស់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>គ្មានបញ្ហា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to another agency</source>
        <translation>បានបញ្ជូនទៅស្ថាប័នផ្សេង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel detained</source>
        <translation>នាវាត្រូវបានឃាត់ទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons taken off the vessel</source>
        <translation>បុគ្គលត្រូវបាននាំចុះពីនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry denied</source>
        <translation>ត្រូវបានបដិសេធមិនឲ្យចូល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for approval</source>
        <translation>បានដាក់ជូនអនុម័ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned for changes</source>
        <translation>បានប្រគល់ត្រឡប់វិញដើម្បីកែប្រែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/search.py" line="-6"/>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew member</source>
        <translation>នាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard</source>
        <translation>បុគ្គលដែលរកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/vessels.py" line="-47"/>
        <source>same IMO number</source>
        <translation>លេខ IMO ដូចគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same MMSI</source>
        <translation>MMSI ដូចគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same call sign</source>
        <translation>សញ្ញាហៅដូចគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name (now or formerly) and flag</source>
        <translation>ឈ្មោះ (បច្ចុប្បន្ន ឬពីមុន) និងទង់ជាតិដូចគ្នា</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <location filename="../piu_desk/ui/records/section.py" line="+75"/>
        <source>Search:</source>
        <translation>ស្វែងរក៖</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/incident_dialog.py" line="+22"/>
        <source>Found on:</source>
        <translation>រកឃើញនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>សភាព៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept at:</source>
        <translation>រក្សាទុកនៅ៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item recovered</source>
        <translation>សម្ភារៈត្រូវបានរកឃើញវិញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back in store</source>
        <translation>ត្រឡប់ចូលឃ្លាំងវិញ</translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <location filename="../piu_desk/ui/login.py" line="-156"/>
        <source>Type the recovery key from the printed sheet, group by group. Spaces and dashes do not matter. Each use is recorded in the audit trail.</source>
        <translation>សូមវាយសោស្តារពីសន្លឹកដែលបានបោះពុម្ព ម្តងមួយក្រុមៗ។ ដកឃ្លា និងសញ្ញាដាច់ (-) មិនសំខាន់ទេ។ ការប្រើប្រាស់នីមួយៗត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with the recovery key</source>
        <translation>ចូលដោយប្រើសោស្តារ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the recovery key…</source>
        <translation>កំពុងពិនិត្យសោស្តារ…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This recovery key does not open this store. Check that the sheet belongs to this station.</source>
        <translation>សោស្តារនេះមិនអាចបើកឃ្លាំងទិន្នន័យនេះបានទេ។ សូមពិនិត្យថាសន្លឹកនេះជារបស់ស្ថានីយនេះ។</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../piu_desk/ui/admin/recovery_dialog.py" line="+80"/>
        <source>New recovery key</source>
        <translation>សោស្តារថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the new recovery key of %1. It is shown only this once; the previous recovery key no longer works.</source>
        <translation>នេះជាសោស្តារថ្មីរបស់ %1។ វាត្រូវបានបង្ហាញតែម្តងនេះប៉ុណ្ណោះ។ សោស្តារមុនលែងប្រើបានទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print it, or copy it by hand, and keep the sheet sealed in the safe. Anyone holding it can open the store; if every administrator forgets their password, only this key opens it.</source>
        <translation>សូមបោះពុម្ព ឬចម្លងវាដោយដៃ ហើយរក្សាសន្លឹកនេះដោយបិទជិតក្នុងទូដែក។ អ្នកណាដែលកាន់វា អាចបើកឃ្លាំងទិន្នន័យបាន។ ប្រសិនបើអ្នកគ្រប់គ្រងប្រព័ន្ធទាំងអស់ភ្លេចពាក្យសម្ងាត់ មានតែសោនេះទេដែលអាចបើកវាបាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIU Desk recovery key</source>
        <translation>សោស្តារ PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued %1</source>
        <translation>ចេញនៅ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the recovery key</source>
        <translation>បោះពុម្ពសោស្តារ</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../piu_desk/ui/wizard.py" line="-42"/>
        <source>The recovery key</source>
        <translation>សោស្តារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: shown this once only.</source>
        <translation>ជំហានទី 3 នៃ 3៖ បង្ហាញតែម្តងនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If every administrator password is lost, this key is the only way into the store. Print it or write it down now, and keep it locked away from the computer. It will not be shown again.</source>
        <translation>ប្រសិនបើពាក្យសម្ងាត់របស់អ្នកគ្រប់គ្រងប្រព័ន្ធទាំងអស់បាត់ សោនេះជាមធ្យោបាយតែមួយគត់ដើម្បីចូលឃ្លាំងទិន្នន័យ។ សូមបោះពុម្ព ឬសរសេរវាទុកឥឡូវនេះ ហើយរក្សាវាក្នុងកន្លែងចាក់សោ ដាច់ដោយឡែកពីកុំព្យូទ័រ។ វានឹងមិនត្រូវបានបង្ហាញម្តងទៀតទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have printed or written down the recovery key</source>
        <translation>ខ្ញុំបានបោះពុម្ព ឬសរសេរសោស្តារទុករួចហើយ</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../piu_desk/ui/recovery_sheet.py" line="+53"/>
        <source>PIU Desk recovery key</source>
        <translation>សោស្តារ PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station:</source>
        <translation>ស្ថានីយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>អង្គភាព៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on:</source>
        <translation>កាលបរិច្ឆេទបោះពុម្ព៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key opens the store when every administrator password is lost. Keep this sheet locked away, apart from the computer. Anyone who holds it can read everything on the desk.</source>
        <translation>សោនេះបើកឃ្លាំងទិន្នន័យ នៅពេលពាក្យសម្ងាត់របស់អ្នកគ្រប់គ្រងប្រព័ន្ធទាំងអស់បាត់។ សូមរក្សាសន្លឹកនេះក្នុងកន្លែងចាក់សោ ដាច់ដោយឡែកពីកុំព្យូទ័រ។ អ្នកណាដែលកាន់វា អាចអានអ្វីៗទាំងអស់នៅលើតុការងារនេះ។</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Print the recovery key</source>
        <translation>បោះពុម្ពសោស្តារ</translation>
    </message>
</context>
<context>
    <name>ReferenceBanner</name>
    <message>
        <location filename="../piu_desk/ui/hq/reference_banner.py" line="+92"/>
        <source>No watchlist from HQ yet — exchange with HQ to receive it.</source>
        <translation>មិនទាន់មានបញ្ជីតាមដានពីទីស្នាក់ការកណ្តាលនៅឡើយទេ — សូមផ្លាស់ប្តូរទិន្នន័យជាមួយទីស្នាក់ការកណ្តាល ដើម្បីទទួលវា។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The HQ watchlist expired on {date} — exchange with HQ to receive the current one.</source>
        <translation>បញ្ជីតាមដានរបស់ទីស្នាក់ការកណ្តាលបានផុតកំណត់នៅ {date} — សូមផ្លាស់ប្តូរទិន្នន័យជាមួយទីស្នាក់ការកណ្តាល ដើម្បីទទួលកំណែបច្ចុប្បន្ន។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watchlist from HQ: version {version}, valid until {date}</source>
        <translation>បញ្ជីតាមដានពីទីស្នាក់ការកណ្តាល៖ កំណែ {version} មានសុពលភាពរហូតដល់ {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} days left</source>
        <translation>នៅសល់ {n} ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>received {time}</source>
        <translation>ទទួលបាននៅ {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stations have no watchlist from HQ yet.</source>
        <translation>ស្ថានីយនានាមិនទាន់មានបញ្ជីតាមដានពីទីស្នាក់ការកណ្តាលនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the stations: version {version}, valid until {date}.</source>
        <translation>បានផ្ញើទៅស្ថានីយនានា៖ កំណែ {version} មានសុពលភាពរហូតដល់ {date}។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes not yet published: {n} — a supervisor publishes them in Stations.</source>
        <translation>ការផ្លាស់ប្តូរដែលមិនទាន់ចេញផ្សាយ៖ {n} — ប្រធានក្រុមចេញផ្សាយវានៅក្នុងផ្នែក «ស្ថានីយ»។</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/register_model.py" line="+107"/>
        <source>Tag</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make and model</source>
        <translation>ម៉ាក និងម៉ូដែល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>លេខស៊េរី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>សភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>អ្នកកាន់កាប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (USD)</source>
        <translation>តម្លៃ (USD)</translation>
    </message>
</context>
<context>
    <name>RegisterReports</name>
    <message>
        <location filename="../piu_desk/ui/equipment/register_reports.py" line="+53"/>
        <source>Asset register</source>
        <translation>បញ្ជីសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets by holder</source>
        <translation>សម្ភារៈតាមអ្នកកាន់កាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance due</source>
        <translation>ការថែទាំដល់កំណត់</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing the report…</source>
        <translation>កំពុងរៀបចំរបាយការណ៍…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This workbook is not encrypted</source>
        <translation>ឯកសារតារាងនេះមិនត្រូវបានដាក់កូដសម្ងាត់ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook is not encrypted. Anyone who gets it can read everything in it. Save it only where it is needed, and send it to the donor only.</source>
        <translation>ឯកសារតារាងនេះមិនត្រូវបានដាក់កូដសម្ងាត់ទេ។ អ្នកណាដែលទទួលបានវា អាចអានអ្វីៗទាំងអស់នៅក្នុងនោះ។ សូមរក្សាទុកវាតែនៅកន្លែងដែលត្រូវការ ហើយផ្ញើវាទៅតែម្ចាស់ជំនួយប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will be saved as:
%1</source>
        <translation>វានឹងត្រូវរក្សាទុកជា៖
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the workbook</source>
        <translation>រក្សាទុកឯកសារតារាង</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the register for the donor</source>
        <translation>នាំចេញបញ្ជីសម្ភារៈសម្រាប់ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ឯកសារ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing the workbook…</source>
        <translation>កំពុងសរសេរឯកសារតារាង…</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../piu_desk/ui/equipment/register_view.py" line="+188"/>
        <source>Equipment register</source>
        <translation>បញ្ជីសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find by tag:</source>
        <translation>រកតាមស្លាក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a label or type a tag, then Enter</source>
        <translation>ស្កេនស្លាក ឬវាយលេខស្លាក រួចចុច Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import handover list…</source>
        <translation>នាំចូលបញ្ជីប្រគល់សម្ភារៈ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print labels…</source>
        <translation>បោះពុម្ពស្លាក…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR label sheets for the selected items, or for every item shown</source>
        <translation>សន្លឹកស្លាក QR សម្រាប់សម្ភារៈដែលបានជ្រើសរើស ឬសម្រាប់សម្ភារៈទាំងអស់ដែលបង្ហាញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printout</source>
        <translation>ភាសានៃឯកសារបោះពុម្ព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>រក្សាទុកជា PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The items shown</source>
        <translation>សម្ភារៈដែលបង្ហាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export XLSX…</source>
        <translation>នាំចេញជា XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items shown, as a workbook for the donor</source>
        <translation>សម្ភារៈដែលបង្ហាញ ជាឯកសារតារាងសម្រាប់ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>ទីតាំង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder:</source>
        <translation>អ្នកកាន់កាប់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains:</source>
        <translation>មានពាក្យ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag, description or serial number</source>
        <translation>ស្លាក ការពិពណ៌នា ឬលេខស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any category</source>
        <translation>គ្រប់ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any location</source>
        <translation>គ្រប់ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>គ្រប់គ្នា</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 items</source>
        <translation>សម្ភារៈ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 items</source>
        <translation>សម្ភារៈ %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No item in the register has the tag %1.</source>
        <translation>គ្មានសម្ភារៈណាក្នុងបញ្ជីសម្ភារៈមានស្លាក %1 ទេ។</translation>
    </message>
</context>
<context>
    <name>ReleasesBox</name>
    <message>
        <location filename="../piu_desk/ui/hq/releases_box.py" line="+96"/>
        <source>Master watchlist</source>
        <translation>បញ្ជីតាមដានមេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions published:</source>
        <translation>កំណែដែលបានចេញផ្សាយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a supervisor publishes a version.</source>
        <translation>មានតែប្រធានក្រុមប៉ុណ្ណោះដែលចេញផ្សាយកំណែ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No version published yet: the stations have no watchlist from HQ.</source>
        <translation>មិនទាន់មានកំណែណាត្រូវបានចេញផ្សាយនៅឡើយទេ៖ ស្ថានីយនានាមិនមានបញ្ជីតាមដានពីទីស្នាក់ការកណ្តាលទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{version} · entries: {entries}</source>
        <translation>{version} · កំណត់ត្រា៖ {entries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published {time} by {user}</source>
        <translation>ចេញផ្សាយនៅ {time} ដោយ {user}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes not yet published: {n}</source>
        <translation>ការផ្លាស់ប្តូរដែលមិនទាន់ចេញផ្សាយ៖ {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change is published.</source>
        <translation>ការផ្លាស់ប្តូរទាំងអស់ត្រូវបានចេញផ្សាយហើយ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish version {version}…</source>
        <translation>ចេញផ្សាយកំណែ {version}…</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <location line="-92"/>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>ពេលចេញផ្សាយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>ធ្វើដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>សុពលភាពរហូតដល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
</context>
<context>
    <name>RepairReturnDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_dialogs.py" line="+57"/>
        <source>Back on:</source>
        <translation>ត្រឡប់មកវិញនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>សភាព៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost (USD):</source>
        <translation>ថ្លៃចំណាយ (USD)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost (KHR):</source>
        <translation>ថ្លៃចំណាយ (KHR)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done:</source>
        <translation>អ្វីដែលបានធ្វើ៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back from repair</source>
        <translation>បានត្រឡប់មកពីការជួសជុល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 85.50</source>
        <translation>ឧ. 85.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 350,000</source>
        <translation>ឧ. 350,000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in store</source>
        <translation>ត្រឡប់ចូលឃ្លាំងវិញ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the cost in dollars, e.g. 85.50.</source>
        <translation>សូមបញ្ចូលថ្លៃចំណាយជាដុល្លារ ឧ. 85.50។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the cost in whole riel, e.g. 350000.</source>
        <translation>សូមបញ្ចូលថ្លៃចំណាយជារៀលគត់ ឧ. 350000។</translation>
    </message>
</context>
<context>
    <name>RepairSendDialog</name>
    <message>
        <location line="-68"/>
        <source>Item:</source>
        <translation>សម្ភារៈ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent on:</source>
        <translation>បញ្ជូននៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repairer:</source>
        <translation>អ្នកជួសជុល៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fault:</source>
        <translation>ការខូចខាត៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send for repair</source>
        <translation>បញ្ជូនទៅជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>បញ្ជូន</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick the item from the list.</source>
        <translation>សូមជ្រើសរើសសម្ភារៈពីបញ្ជី។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the repairer.</source>
        <translation>សូមបញ្ជាក់ឈ្មោះអ្នកជួសជុល។</translation>
    </message>
</context>
<context>
    <name>RepairsModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_models.py" line="+40"/>
        <source>Tag</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>បានបញ្ជូន</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repairer</source>
        <translation>អ្នកជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>ការខូចខាត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>ត្រឡប់មកវិញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>ថ្លៃចំណាយ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>at the repairer</source>
        <translation>នៅអ្នកជួសជុល</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/preview.py" line="+90"/>
        <source>Previous page (Page Up)</source>
        <translation>ទំព័រមុន (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>ទំព័របន្ទាប់ (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>សមនឹងទទឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>ទំព័រទាំងមូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview appears here.</source>
        <translation>ការមើលជាមុននឹងបង្ហាញនៅទីនេះ។</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Page {page} of {count}</source>
        <translation>ទំព័រ {page} នៃ {count}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../piu_desk/core/reports/document.py" line="+47"/>
        <source>Page {page} of {pages}</source>
        <translation>ទំព័រ {page} នៃ {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: {reference}</source>
        <translation>លេខយោង៖ {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code: {code}</source>
        <translation>លេខកូដផ្ទៀងផ្ទាត់៖ {code}</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/recovery_sheet.py" line="+26"/>
        <source>PIU Desk recovery key</source>
        <translation>សោស្តារ PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station:</source>
        <translation>ស្ថានីយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>អង្គភាព៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on:</source>
        <translation>កាលបរិច្ឆេទបោះពុម្ព៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this sheet in the safe. Anyone holding it can open the store and read everything in it.</source>
        <translation>សូមរក្សាសន្លឹកនេះក្នុងទូដែក។ អ្នកណាដែលកាន់វា អាចបើកឃ្លាំងទិន្នន័យ និងអានអ្វីៗទាំងអស់នៅក្នុងនោះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key is needed only when every administrator password is lost. Type the groups in order; a group typed wrong is named by its number.</source>
        <translation>សោនេះត្រូវការតែនៅពេលពាក្យសម្ងាត់របស់អ្នកគ្រប់គ្រងប្រព័ន្ធទាំងអស់បាត់ប៉ុណ្ណោះ។ សូមវាយក្រុមតាមលំដាប់។ ក្រុមណាដែលវាយខុស នឹងត្រូវបានបង្ហាញតាមលេខរបស់វា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a new recovery key is made, this one stops working: destroy this sheet.</source>
        <translation>នៅពេលសោស្តារថ្មីត្រូវបានបង្កើត សោនេះលែងប្រើបាន៖ សូមបំផ្លាញសន្លឹកនេះចោល។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed in the safe by</source>
        <translation>ដាក់ក្នុងទូដែកដោយ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/tables.py" line="+19"/>
        <source>None</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>តួនាទី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature:</source>
        <translation>ហត្ថលេខា៖</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+20"/>
        <location filename="../piu_desk/core/reports/tables.py" line="+1"/>
        <source>Prepared by</source>
        <translation>រៀបចំដោយ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+47"/>
        <source>Inspection report</source>
        <translation>របាយការណ៍ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This inspection is not approved ({status}); the record may still change.</source>
        <translation>ការត្រួតពិនិត្យនេះមិនទាន់បានអនុម័តទេ ({status})។ កំណត់ត្រានេះអាចនៅតែផ្លាស់ប្តូរ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+43"/>
        <location line="+52"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Port call</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>ការរកឃើញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No findings were written.</source>
        <translation>គ្មានការរកឃើញត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-81"/>
        <location line="+18"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Persons found aboard</source>
        <translation>បុគ្គលដែលរកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Attachments</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendments</source>
        <translation>វិសោធនកម្ម</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+31"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>MMSI</source>
        <translation>MMSI</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-72"/>
        <source>Daily report</source>
        <translation>របាយការណ៍ប្រចាំថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft, not issued: this copy has no report number and cannot be verified.</source>
        <translation>សេចក្តីព្រាង ​មិនទាន់​ចេញ៖ ​ច្បាប់​នេះ​គ្មាន​លេខរបាយការណ៍ ​ហើយ​មិន​អាច​ផ្ទៀងផ្ទាត់​បាន​ទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not issued</source>
        <translation>មិនទាន់ចេញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report number</source>
        <translation>លេខរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <translation>ចេញនៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To check a paper copy, give the desk its report number and the verification code printed at the foot of every page.</source>
        <translation>ដើម្បី​ពិនិត្យ​ច្បាប់​ចម្លង​ក្រដាស ​សូម​បញ្ចូល​លេខរបាយការណ៍ ​និង​លេខកូដផ្ទៀងផ្ទាត់ ​ដែល​បោះពុម្ព​នៅ​ខាងក្រោម​នៃ​ទំព័រ​នីមួយៗ ​ទៅ​ក្នុង​តុការងារ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>Summary</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Vessels</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Inspections</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Crew screened</source>
        <translation>នាវិក​ដែល​បាន​ពិនិត្យធៀប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew lists</source>
        <translation>បញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Watchlist alerts</source>
        <translation>ការជូនដំណឹង​ពី​បញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Minors</source>
        <translation>អនីតិជន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible victims of trafficking</source>
        <translation>ជន​រងគ្រោះ​ដែល​អាច​ពាក់ព័ន្ធ​នឹង​ការជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Tip-offs received</source>
        <translation>ព័ត៌មានតម្រុយ​ដែល​បាន​ទទួល</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Equipment</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>បានបើកផ្តល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>បាន​ប្រគល់​ត្រឡប់​វិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost or stolen</source>
        <translation>បាត់ ​ឬ​ត្រូវ​បាន​លួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending items</source>
        <translation>ការងារ​មិន​ទាន់​បញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Inspections awaiting approval</source>
        <translation>ការត្រួតពិនិត្យ​កំពុង​រង់ចាំ​ការអនុម័ត</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Open alerts</source>
        <translation>ការជូនដំណឹង​មិន​ទាន់​សម្រេច</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Overdue returns</source>
        <translation>ការប្រគល់​ត្រឡប់​វិញ​ហួសកំណត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vessels arrived</source>
        <translation>នាវា​ដែល​បាន​មកដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessels departed</source>
        <translation>នាវា​ដែល​បាន​ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew lists screened</source>
        <translation>បញ្ជីនាវិក​ដែល​បាន​ពិនិត្យធៀប</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment issued, returned and lost</source>
        <translation>សម្ភារៈ​ដែល​បាន​បើកផ្តល់ ​ប្រគល់​ត្រឡប់​វិញ ​និង​បាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending items carried over</source>
        <translation>ការងារ​មិន​ទាន់​បញ្ចប់​ដែល​យក​មក​បន្ត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue equipment returns</source>
        <translation>ការប្រគល់​សម្ភារៈ​ត្រឡប់​វិញ​ហួសកំណត់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMO</source>
        <translation>IMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Flag</source>
        <translation>ទង់ជាតិ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded</source>
        <translation>កត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>ការជូនដំណឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>កើតឡើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched</source>
        <translation>កម្មវត្ថុ​ផ្គូផ្គង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry</source>
        <translation>កំណត់ត្រា​ក្នុង​បញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition</source>
        <translation>ការសម្រេច</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Crew member</source>
        <translation>នាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard</source>
        <translation>បុគ្គល​ដែល​រកឃើញ​នៅ​លើ​នាវា</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>មិន​ទាន់​សម្រេច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed match</source>
        <translation>ការផ្គូផ្គងត្រូវបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive</source>
        <translation>ការផ្គូផ្គងខុស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs HQ check</source>
        <translation>ត្រូវ​ឲ្យ​ទីស្នាក់ការកណ្តាល​ពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Gross tonnage</source>
        <translation>តោនសរុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner / operator</source>
        <translation>ម្ចាស់ / ប្រតិបត្តិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former names and flags</source>
        <translation>ឈ្មោះ និងទង់ជាតិពីមុន</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-54"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+4"/>
        <source>Last port</source>
        <translation>កំពង់ផែមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Next port</source>
        <translation>កំពង់ផែបន្ទាប់</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Berth</source>
        <translation>ចំណត</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Agent</source>
        <translation>ភ្នាក់ងារនាវា</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+10"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Crew</source>
        <translation>នាវិក</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Passengers</source>
        <translation>អ្នកដំណើរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>កាលបរិច្ឆេទ និងម៉ោង</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-3"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Boarding officers</source>
        <translation>មន្ត្រីឡើងត្រួតពិនិត្យនាវា</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Risk level</source>
        <translation>កម្រិតហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+34"/>
        <source>Asset register</source>
        <translation>បញ្ជីសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets by holder</source>
        <translation>សម្ភារៈ​តាម​អ្នកកាន់កាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance due</source>
        <translation>ការថែទាំ​ដល់​កំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification report</source>
        <translation>របាយការណ៍​ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover certificate</source>
        <translation>វិញ្ញាបនបត្រប្រគល់សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment acceptance form</source>
        <translation>ទម្រង់បញ្ជាក់ការទទួល​សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+22"/>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Tag</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Category</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>លេខស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>សភាព</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value (USD)</source>
        <translation>តម្លៃ (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (KHR)</source>
        <translation>តម្លៃ (KHR)</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+3"/>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Holder</source>
        <translation>អ្នកកាន់កាប់</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Since</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ដល់កំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>ហួសកំណត់</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-27"/>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Not checked</source>
        <translation>មិន​ទាន់​បាន​ពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>ចំនួនសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged scans</source>
        <translation>ការស្កេន​ដែល​ត្រូវ​បាន​សម្គាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>មានបញ្ហា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned at</source>
        <translation>ស្កេននៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} items, USD {usd}, KHR {khr}</source>
        <translation>សម្ភារៈ​ចំនួន {count}​តម្លៃ​USD {usd}​និង​KHR {khr}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items below were handed over by {donor} under agreement {agreement} on {date} (document {document}) and received by the unit.</source>
        <translation>សម្ភារៈ​ខាងក្រោម​ត្រូវ​បាន​ប្រគល់​ដោយ {donor}​ក្រោម​កិច្ចព្រមព្រៀង {agreement}​នៅ {date}​(ឯកសារ {document})​ហើយ​ត្រូវ​បាន​ទទួល​ដោយ​អង្គភាព។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I, {holder}, have received the items below in the condition stated, and will keep them safe, use them for official duties only and return them when asked.</source>
        <translation>ខ្ញុំបាទ/នាងខ្ញុំ {holder}​បាន​ទទួល​សម្ភារៈ​ខាងក្រោម​ក្នុង​សភាព​ដូច​បាន​បញ្ជាក់​ហើយ​សន្យា​ថា​នឹង​ថែរក្សា​ឲ្យ​មាន​សុវត្ថិភាព​ប្រើប្រាស់​សម្រាប់​តែ​ភារកិច្ច​ផ្លូវការ​ប៉ុណ្ណោះ​និង​ប្រគល់​ត្រឡប់​វិញ​នៅ​ពេល​ត្រូវ​បាន​ស្នើសុំ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed over by</source>
        <translation>ប្រគល់ដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>ទទួលដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>បើកផ្តល់ដោយ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+1"/>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="-24"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <location filename="../piu_desk/core/reports/tables.py" line="+1"/>
        <source>Reviewed by</source>
        <translation>ពិនិត្យដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed on</source>
        <translation>កាលបរិច្ឆេទពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review comment</source>
        <translation>មតិយោបល់ពីការពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+13"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+4"/>
        <source>Date of birth or age</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត ឬអាយុ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>មធ្យោបាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source code</source>
        <translation>លេខកូដប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>ការចាត់ចែង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>កត់ត្រាដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected back</source>
        <translation>គ្រោង​ប្រគល់​ត្រឡប់​វិញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not graded</source>
        <translation>មិន​ទាន់​ដាក់ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade {grade}</source>
        <translation>ចំណាត់ថ្នាក់ {grade}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {name}</source>
        <translation>ដោយ {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>{age} years</source>
        <translation>{age} ឆ្នាំ</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Vulnerability</source>
        <translation>ភាពងាយរងគ្រោះ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Circumstances</source>
        <translation>កាលៈទេសៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>ឈ្មោះឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended on</source>
        <translation>កាលបរិច្ឆេទវិសោធនកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended by</source>
        <translation>វិសោធនកម្មដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boarding officer</source>
        <translation>មន្ត្រីឡើងត្រួតពិនិត្យនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewing supervisor</source>
        <translation>ប្រធានក្រុមដែលពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/crew_list_report.py" line="+33"/>
        <source>Crew list</source>
        <translation>បញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO FAL Form 5</source>
        <translation>ទម្រង់ IMO FAL លេខ 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="-54"/>
        <source>Printed by {name} on {date}</source>
        <translation>បោះពុម្ពដោយ {name} នៅ {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {file}</source>
        <translation>ប្រភព៖ {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-26"/>
        <location line="+48"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+22"/>
        <source>Arrival</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-47"/>
        <location line="+48"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Departure</source>
        <translation>ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and signature by master, authorized agent or officer</source>
        <translation>កាលបរិច្ឆេទ និងហត្ថលេខារបស់មេបញ្ជាការនាវា ភ្នាក់ងារដែលមានការអនុញ្ញាត ឬមន្ត្រីនាវា</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of ship</source>
        <translation>ឈ្មោះនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="-10"/>
        <source>IMO number</source>
        <translation>លេខ IMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Call sign</source>
        <translation>សញ្ញាហៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+13"/>
        <source>Voyage number</source>
        <translation>លេខជើងដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port of arrival/departure</source>
        <translation>កំពង់ផែមកដល់/ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of arrival/departure</source>
        <translation>កាលបរិច្ឆេទមកដល់/ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag State of ship</source>
        <translation>រដ្ឋទង់ជាតិនៃនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last port of call</source>
        <translation>កំពង់ផែចូលចតមុន</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-50"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+13"/>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>នាមត្រកូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>នាមខ្លួន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating</source>
        <translation>ឋានៈ ឬមុខងារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+24"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth</source>
        <translation>ទីកន្លែងកំណើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+2"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+3"/>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature of identity document</source>
        <translation>ប្រភេទឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of identity document</source>
        <translation>លេខឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuing State of identity document</source>
        <translation>រដ្ឋចេញឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry date of identity document</source>
        <translation>កាលបរិច្ឆេទផុតកំណត់នៃឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_register.py" line="+59"/>
        <source>The desk has not issued a daily report numbered {number}. Check the number on the paper copy.</source>
        <translation>តុការងារមិនបានចេញរបាយការណ៍ប្រចាំថ្ងៃលេខ {number} ទេ។ សូមពិនិត្យលេខនៅលើច្បាប់ចម្លងក្រដាស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The verification code does not match report {number}: the paper copy was altered, or the code was mistyped.</source>
        <translation>លេខកូដផ្ទៀងផ្ទាត់មិនត្រូវគ្នានឹងរបាយការណ៍លេខ {number} ទេ៖ ច្បាប់ចម្លងក្រដាសត្រូវបានកែប្រែ ឬលេខកូដត្រូវបានវាយខុស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A verification code has 8 letters and digits, such as 7F3K-92QD.</source>
        <translation>លេខកូដផ្ទៀងផ្ទាត់មានអក្សរ និងលេខចំនួន 8 ដូចជា 7F3K-92QD។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report {number} was issued by {name} on {date}; the code matches.</source>
        <translation>របាយការណ៍លេខ {number} ត្រូវបានចេញដោយ {name} នៅ {date}។ លេខកូដត្រូវគ្នា។</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../piu_desk/ui/dialogs.py" line="+81"/>
        <source>Restore from backup</source>
        <translation>ស្តារពីការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup replaces the store on this computer. The current store is not deleted: it is moved to a folder beside it. Log in as an administrator of the backup.</source>
        <translation>ការបម្រុងទុកនឹងជំនួសឃ្លាំងទិន្នន័យនៅលើកុំព្យូទ័រនេះ។ ឃ្លាំងទិន្នន័យបច្ចុប្បន្នមិនត្រូវបានលុបទេ៖ វាត្រូវបានផ្លាស់ទីទៅថតមួយនៅក្បែរវា។ សូមចូលក្នុងនាមជាអ្នកគ្រប់គ្រងប្រព័ន្ធនៃការបម្រុងទុកនោះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file:</source>
        <translation>ឯកសារបម្រុងទុក៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name:</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>ស្តារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a backup file</source>
        <translation>ជ្រើសរើសឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an existing backup file.</source>
        <translation>សូមជ្រើសរើសឯកសារបម្រុងទុកដែលមានស្រាប់។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an administrator&apos;s user name and password.</source>
        <translation>សូមបញ្ចូលឈ្មោះអ្នកប្រើប្រាស់ និងពាក្យសម្ងាត់របស់អ្នកគ្រប់គ្រងប្រព័ន្ធ។</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_dialogs.py" line="+13"/>
        <source>Returned on:</source>
        <translation>ប្រគល់ត្រឡប់វិញនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>សភាព៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept at:</source>
        <translation>រក្សាទុកនៅ៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return to store</source>
        <translation>ប្រគល់ត្រឡប់ចូលឃ្លាំងវិញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}, held by {holder}</source>
        <translation>{item} កាន់កាប់ដោយ {holder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take back</source>
        <translation>ទទួលត្រឡប់វិញ</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../piu_desk/core/domain/accounts.py" line="+27"/>
        <source>Officer</source>
        <translation>មន្ត្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>ប្រធានក្រុម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment custodian</source>
        <translation>អ្នកថែរក្សាសម្ភារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange officer</source>
        <translation>មន្ត្រីផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/rows_model.py" line="+95"/>
        <source>Valid</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>មានបញ្ហា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>បានរំលង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Column %1</source>
        <translation>ជួរឈរ %1</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_dialogs.py" line="-124"/>
        <source>Task:</source>
        <translation>ការងារ៖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For:</source>
        <translation>សម្រាប់៖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When:</source>
        <translation>ពេលណា៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from:</source>
        <translation>គិតចាប់ពី៖</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan maintenance</source>
        <translation>គ្រោងការថែទាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Battery capacity test</source>
        <translation>ឧ. តេស្តសមត្ថភាពថ្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One item</source>
        <translation>សម្ភារៈមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item of</source>
        <translation>សម្ភារៈទាំងអស់នៃប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every (months)</source>
        <translation>រៀងរាល់ (ខែ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once, on</source>
        <translation>តែម្តង នៅថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>គ្រោង</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick the item from the list.</source>
        <translation>សូមជ្រើសរើសសម្ភារៈពីបញ្ជី។</translation>
    </message>
</context>
<context>
    <name>SchedulesModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_models.py" line="-51"/>
        <source>Task</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>សម្រាប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>every {category}</source>
        <translation>គ្រប់ {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every {n} months</source>
        <translation>រៀងរាល់ {n} ខែ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once, on {date}</source>
        <translation>តែម្តង នៅ {date}</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../piu_desk/ui/records/search_view.py" line="+120"/>
        <source>Search vessels, port calls, persons and crew: name in any order, IMO, MMSI, call sign or document number (Ctrl+F)</source>
        <translation>ស្វែងរកនាវា ការចូលចតកំពង់ផែ បុគ្គល និងនាវិក៖ ឈ្មោះតាមលំដាប់ណាក៏បាន IMO, MMSI, សញ្ញាហៅ ឬលេខឯកសារ (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>រកឃើញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Check the spelling, or search with fewer words.</source>
        <translation>រកមិនឃើញអ្វីទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ ឬស្វែងរកដោយប្រើពាក្យតិចជាងនេះ។</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” · %2 found</source>
        <translation>“%1” · រកឃើញ %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Vessels</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port calls</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew list rows</source>
        <translation>ជួរដេកបញ្ជីនាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons found aboard</source>
        <translation>បុគ្គលដែលរកឃើញនៅលើនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../piu_desk/ui/sections.py" line="+57"/>
        <source>Dashboard</source>
        <translation>ផ្ទាំងសង្ខេប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My day</source>
        <translation>ការងារថ្ងៃនេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port calls</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vessels</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip-offs</source>
        <translation>ព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watchlist</source>
        <translation>បញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts</source>
        <translation>ការជូនដំណឹង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals</source>
        <translation>ការអនុម័ត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment</source>
        <translation>សម្ភារៈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custody</source>
        <translation>ការកាន់កាប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance</source>
        <translation>ការថែទាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>ការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My equipment</source>
        <translation>សម្ភារៈរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>ការផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stations</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administration</source>
        <translation>ការគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/conflicts/section.py" line="-123"/>
        <location filename="../piu_desk/ui/sections.py" line="-8"/>
        <source>Conflicts</source>
        <translation>ទំនាស់</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../piu_desk/ui/settings_view.py" line="+93"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of PIU Desk:</source>
        <translation>ភាសារបស់ PIU Desk៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic lock</source>
        <translation>ការចាក់សោស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after this many idle minutes:</source>
        <translation>ចាក់សោក្រោយពេលមិនប្រើប្រាស់រយៈពេល៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk locks itself after this time without keyboard or mouse use, and when the computer&apos;s screen locks. It applies to every account on this desk.</source>
        <translation>តុការងារចាក់សោដោយស្វ័យប្រវត្តិ ក្រោយរយៈពេលនេះដែលគ្មានការប្រើក្តារចុច ឬកណ្តុរ និងនៅពេលអេក្រង់កុំព្យូទ័រចាក់សោ។ ការកំណត់នេះអនុវត្តចំពោះគណនីទាំងអស់នៅលើតុការងារនេះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk locks itself after this time without keyboard or mouse use. Only an administrator can change it.</source>
        <translation>តុការងារចាក់សោដោយស្វ័យប្រវត្តិ ក្រោយរយៈពេលនេះដែលគ្មានការប្រើក្តារចុច ឬកណ្តុរ។ មានតែអ្នកគ្រប់គ្រងប្រព័ន្ធទេដែលអាចប្តូរវាបាន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password…</source>
        <translation>ប្តូរពាក្យសម្ងាត់របស់ខ្ញុំ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password was changed.</source>
        <translation>ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្តូររួចហើយ។</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../piu_desk/ui/shell.py" line="+237"/>
        <source>Restoring the backup…</source>
        <translation>កំពុងស្តារពីការបម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The backup was restored. Log in to continue.</source>
        <translation>ការស្តារពីការបម្រុងទុកបានបញ្ចប់។ សូមចូលដើម្បីបន្ត។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store it replaced was moved to:
{path}</source>
        <translation>ឃ្លាំងទិន្នន័យដែលត្រូវបានជំនួស ត្រូវបានផ្លាស់ទីទៅ៖
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup restored</source>
        <translation>បានស្តារពីការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PIU Desk</source>
        <translation>PIU Desk</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../piu_desk/ui/intel/sources_dialog.py" line="+81"/>
        <source>Register a source</source>
        <translation>ចុះបញ្ជីប្រភព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source {code}</source>
        <translation>ប្រភព {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>លេខកូដ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who it is:</source>
        <translation>អត្តសញ្ញាណ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>ទំនាក់ទំនង៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Such as PIU-KOS-S04; never part of a name</source>
        <translation>ដូចជា PIU-KOS-S04 ហើយមិនត្រូវមានផ្នែកណាមួយនៃឈ្មោះឡើយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the code is ever shown outside this register. Who the source is, the contact and the notes are sealed so that only supervisors can read them, and they never leave this desk.</source>
        <translation>មានតែលេខកូដប៉ុណ្ណោះដែលត្រូវបានបង្ហាញនៅក្រៅបញ្ជីនេះ។ អត្តសញ្ញាណប្រភព ទំនាក់ទំនង និងកំណត់សម្គាល់ ត្រូវបានបិទការពារ ដើម្បីឲ្យមានតែប្រធានក្រុមប៉ុណ្ណោះអាចអានបាន ហើយវាមិនដែលចេញពីតុការងារនេះឡើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register</source>
        <translation>ចុះបញ្ជី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/sources_model.py" line="+72"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>កំពុងប្រើ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered</source>
        <translation>បានចុះបញ្ជី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>បានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not confirmed</source>
        <translation>មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet known</source>
        <translation>មិនទាន់ដឹង</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
</context>
<context>
    <name>SourcesSection</name>
    <message>
        <location filename="../piu_desk/ui/intel/sources_section.py" line="+118"/>
        <source>Source register</source>
        <translation>បញ្ជីប្រភពព័ត៌មាន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human sources are known everywhere else by their code only. Who they are is sealed for supervisors and never leaves this desk.</source>
        <translation>ប្រភពមនុស្សត្រូវបានស្គាល់នៅគ្រប់កន្លែងផ្សេងទៀតតាមរយៈលេខកូដរបស់ពួកគេតែប៉ុណ្ណោះ។ អត្តសញ្ញាណរបស់ពួកគេត្រូវបានបិទការពារសម្រាប់ប្រធានក្រុម ហើយមិនដែលចេញពីតុការងារនេះឡើយ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a source…</source>
        <translation>ចុះបញ្ជីប្រភព…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports:</source>
        <translation>របាយការណ៍៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades given:</source>
        <translation>ចំណាត់ថ្នាក់ដែលបានផ្តល់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show identity</source>
        <translation>បង្ហាញអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide identity</source>
        <translation>លាក់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែប្រែ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each time a source&apos;s identity is shown, the audit trail records it with your name.</source>
        <translation>រាល់ពេលដែលអត្តសញ្ញាណប្រភពត្រូវបានបង្ហាញ កំណត់ហេតុសវនកម្មនឹងកត់ត្រាវាជាមួយឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity (hidden again when you leave)</source>
        <translation>អត្តសញ្ញាណ (នឹងត្រូវលាក់វិញនៅពេលអ្នកចាកចេញពីទំព័រនេះ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who it is:</source>
        <translation>អត្តសញ្ញាណ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact:</source>
        <translation>ទំនាក់ទំនង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{code} (no longer in use)</source>
        <translation>{code} (លែងប្រើហើយ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reports} reports, {graded} graded: {confirmed} confirmed, {not} not confirmed, {open} not yet known.</source>
        <translation>របាយការណ៍ {reports}, បានដាក់ចំណាត់ថ្នាក់ {graded}៖ បានបញ្ជាក់ {confirmed}, មិនបានបញ្ជាក់ {not}, មិនទាន់ដឹង {open}។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmed in {confirmed} of the {known} reports whose outcome is known.</source>
        <translation>បានបញ្ជាក់ {confirmed} ក្នុងចំណោមរបាយការណ៍ {known} ដែលដឹងលទ្ធផល។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop using it</source>
        <translation>ឈប់ប្រើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use it again</source>
        <translation>ប្រើវាម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_section.py" line="+41"/>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on:</source>
        <translation>ចាប់ផ្តើមនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual verification {year}</source>
        <translation>ការផ្ទៀងផ្ទាត់ប្រចាំឆ្នាំ {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a verification campaign</source>
        <translation>ចាប់ផ្តើមយុទ្ធនាការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/pages.py" line="-39"/>
        <source>Import a crew list (FAL Form 5)</source>
        <translation>នាំចូលបញ្ជីនាវិក (ទម្រង់ FAL លេខ 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the spreadsheet the shipping agent sent: an Excel workbook (.xlsx) or a CSV file, in the current FAL Form 5 layout or the older one with combined columns. You will see every row and what was found in it before anything is saved.</source>
        <translation>សូមជ្រើសរើសឯកសារតារាងដែលភ្នាក់ងារនាវាបានផ្ញើមក៖ ឯកសារ Excel (.xlsx) ឬឯកសារ CSV តាមប្លង់បច្ចុប្បន្ននៃទម្រង់ FAL លេខ 5 ឬប្លង់ចាស់ដែលមានជួរឈររួមបញ្ចូលគ្នា។ អ្នកនឹងឃើញជួរដេកនីមួយៗ និងអ្វីដែលបានរកឃើញក្នុងនោះ មុនពេលអ្វីមួយត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the file…</source>
        <translation>ជ្រើសរើសឯកសារ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the port call: %1</source>
        <translation>សម្រាប់ការចូលចតកំពង់ផែ៖ %1</translation>
    </message>
</context>
<context>
    <name>StationDetails</name>
    <message>
        <location filename="../piu_desk/ui/hq/station_details.py" line="+50"/>
        <source>Choose a station in the table to see its keys and bundles.</source>
        <translation>សូមជ្រើសរើសស្ថានីយមួយក្នុងតារាង ដើម្បីមើលសោ និងកញ្ចប់ទិន្នន័យរបស់វា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprints:</source>
        <translation>ស្នាមម្រាមដៃសោ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles:</source>
        <translation>កញ្ចប់ទិន្នន័យ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting:</source>
        <translation>កំពុងរង់ចាំ៖</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last in: {moment}</source>
        <translation>ចូលចុងក្រោយ៖ {moment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last out: {moment}</source>
        <translation>ចេញចុងក្រោយ៖ {moment}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing bundles from this station: {numbers}. Its next bundle carries their changes again; nothing is lost.</source>
        <translation>កញ្ចប់ទិន្នន័យពីស្ថានីយនេះដែលមិនបានមកដល់៖ {numbers}។ កញ្ចប់ទិន្នន័យបន្ទាប់របស់វានឹងនាំការផ្លាស់ប្តូរទាំងនោះមកម្តងទៀត។ គ្មានអ្វីបាត់បង់ទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By phone: {fingerprint}</source>
        <translation>តាមទូរស័ព្ទ៖ {fingerprint}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes not yet confirmed by the station: {n}</source>
        <translation>ការផ្លាស់ប្តូរដែលស្ថានីយមិនទាន់បញ្ជាក់ការទទួល៖ {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exchange with it for more than a week: send it a bundle.</source>
        <translation>គ្មានការផ្លាស់ប្តូរទិន្នន័យជាមួយស្ថានីយនេះលើសពីមួយសប្តាហ៍ហើយ៖ សូមផ្ញើកញ្ចប់ទិន្នន័យមួយទៅវា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records from it: {records}; conflicts: {conflicts}; waiting for records still to come: {parked}</source>
        <translation>កំណត់ត្រាពីស្ថានីយនេះ៖ {records}; ទំនាស់៖ {conflicts}; កំពុងរង់ចាំកំណត់ត្រាដែលនឹងមកដល់៖ {parked}</translation>
    </message>
</context>
<context>
    <name>StationFilter</name>
    <message>
        <location filename="../piu_desk/ui/station_filter.py" line="+114"/>
        <source>Station:</source>
        <translation>ស្ថានីយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All stations</source>
        <translation>ស្ថានីយទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the records of one station, or of all</source>
        <translation>បង្ហាញកំណត់ត្រារបស់ស្ថានីយមួយ ឬរបស់ស្ថានីយទាំងអស់</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../piu_desk/ui/wizard.py" line="-175"/>
        <source>This desk&apos;s station</source>
        <translation>ស្ថានីយរបស់តុការងារនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 3: the port unit this computer belongs to.</source>
        <translation>ជំហានទី 1 នៃ 3៖ អង្គភាពកំពង់ផែដែលប្រើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to PIU Desk. No store was found on this computer, so we set one up now. Everything you enter is kept encrypted on this computer.</source>
        <translation>សូមស្វាគមន៍មកកាន់ PIU Desk។ រកមិនឃើញឃ្លាំងទិន្នន័យនៅលើកុំព្យូទ័រនេះទេ ដូច្នេះយើងនឹងរៀបចំឃ្លាំងទិន្នន័យមួយឥឡូវនេះ។ អ្វីៗទាំងអស់ដែលអ្នកបញ្ចូល ត្រូវបានរក្សាទុកដោយដាក់កូដសម្ងាត់នៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station name:</source>
        <translation>ឈ្មោះស្ថានីយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN/LOCODE:</source>
        <translation>UN/LOCODE៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit (optional):</source>
        <translation>អង្គភាព (ស្រេចចិត្ត)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example Sihanoukville Autonomous Port PIU</source>
        <translation>ឧទាហរណ៍ PIU កំពង់ផែស្វយ័តក្រុងព្រះសីហនុ</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <location filename="../piu_desk/ui/hq/stations_model.py" line="+93"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle in</source>
        <translation>កញ្ចប់ទិន្នន័យចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing bundles</source>
        <translation>កញ្ចប់ទិន្នន័យបាត់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle out</source>
        <translation>កញ្ចប់ទិន្នន័យចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed</source>
        <translation>មិនទាន់បញ្ជាក់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>ទំនាស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>រង់ចាំ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Bundles with these numbers never arrived; the station&apos;s next bundle carries their changes again.</source>
        <translation>កញ្ចប់ទិន្នន័យដែលមានលេខទាំងនេះមិនដែលមកដល់ទេ។ កញ្ចប់ទិន្នន័យបន្ទាប់របស់ស្ថានីយនឹងនាំការផ្លាស់ប្តូររបស់វាមកម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes the station has not confirmed, and no bundle from it for more than a week.</source>
        <translation>ការផ្លាស់ប្តូរដែលស្ថានីយមិនទាន់បញ្ជាក់ការទទួល ហើយគ្មានកញ្ចប់ទិន្នន័យពីស្ថានីយនោះលើសពីមួយសប្តាហ៍។</translation>
    </message>
</context>
<context>
    <name>StationsSection</name>
    <message>
        <location filename="../piu_desk/ui/hq/stations_section.py" line="+89"/>
        <source>Stations</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each station&apos;s last bundle in and out. Missing bundle numbers are red; changes a station has not confirmed are amber when it has not exchanged for a week.</source>
        <translation>កញ្ចប់ទិន្នន័យចូល និងចេញចុងក្រោយរបស់ស្ថានីយនីមួយៗ។ លេខកញ្ចប់ទិន្នន័យដែលបាត់មានពណ៌ក្រហម។ ការផ្លាស់ប្តូរដែលស្ថានីយមិនទាន់បញ្ជាក់ការទទួលមានពណ៌ទឹកក្រូច នៅពេលស្ថានីយនោះមិនបានផ្លាស់ប្តូរទិន្នន័យអស់រយៈពេលមួយសប្តាហ៍។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Exchange</source>
        <translation>ទៅកាន់ការផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange now reads every station&apos;s bundle on the stick and writes one back to each.</source>
        <translation>«ផ្លាស់ប្តូរទិន្នន័យឥឡូវនេះ» អានកញ្ចប់ទិន្នន័យរបស់ស្ថានីយនីមួយៗនៅលើ USB ហើយសរសេរកញ្ចប់ទិន្នន័យមួយត្រឡប់ទៅស្ថានីយនីមួយៗវិញ។</translation>
    </message>
</context>
<context>
    <name>StoreView</name>
    <message>
        <location filename="../piu_desk/ui/admin/store_view.py" line="+114"/>
        <source>Backup</source>
        <translation>ការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up…</source>
        <translation>បម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an encrypted copy of the database and its key slots to one file, for example on a USB stick kept in the safe. It opens only with a password of this store or its recovery key.</source>
        <translation>សរសេរច្បាប់ចម្លងដាក់កូដសម្ងាត់នៃមូលដ្ឋានទិន្នន័យ និងប្រអប់សោរបស់វាទៅក្នុងឯកសារតែមួយ ឧទាហរណ៍ លើឧបករណ៍ផ្ទុក USB ដែលរក្សាទុកក្នុងទូដែក។ ឯកសារនេះបើកបានតែដោយពាក្យសម្ងាត់នៃឃ្លាំងទិន្នន័យនេះ ឬសោស្តាររបស់វាប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity check</source>
        <translation>ការពិនិត្យភាពត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check now</source>
        <translation>ពិនិត្យឥឡូវនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every page of the encrypted database, its structure and the audit chain. Nothing is changed.</source>
        <translation>ពិនិត្យគ្រប់ទំព័រនៃមូលដ្ឋានទិន្នន័យដាក់កូដសម្ងាត់ រចនាសម្ព័ន្ធរបស់វា និងខ្សែសង្វាក់សវនកម្ម។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data key</source>
        <translation>សោទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotate data key…</source>
        <translation>ប្តូរសោទិន្នន័យ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the whole database again under a new key. Do this when a laptop, a disk or a copy of the data folder may have been exposed. Every enabled account keeps its password.</source>
        <translation>ដាក់កូដសម្ងាត់មូលដ្ឋានទិន្នន័យទាំងមូលឡើងវិញដោយប្រើសោថ្មី។ សូមធ្វើការនេះ នៅពេលកុំព្យូទ័រយួរដៃ ថាស ឬច្បាប់ចម្លងនៃថតទិន្នន័យ អាចបានធ្លាក់ក្នុងដៃអ្នកដទៃ។ គណនីដែលកំពុងបើកទាំងអស់ នៅតែប្រើពាក្យសម្ងាត់ដដែល។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>សោស្តារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New recovery key…</source>
        <translation>សោស្តារថ្មី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a new recovery key, for example when the printed sheet went missing. The old key stops working at once.</source>
        <translation>ចេញសោស្តារថ្មី ឧទាហរណ៍ នៅពេលសន្លឹកដែលបានបោះពុម្ពបាត់។ សោចាស់លែងប្រើបានភ្លាមៗ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up the store</source>
        <translation>បម្រុងទុកឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIU Desk backups (*.piubak)</source>
        <translation>ឯកសារបម្រុងទុក PIU Desk (*.piubak)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the backup…</source>
        <translation>កំពុងសរសេរឯកសារបម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: %1
Size: %2
Made: %3
Keep it somewhere safe, away from this computer.</source>
        <translation>ឯកសារ៖ %1
ទំហំ៖ %2
បង្កើតនៅ៖ %3
សូមរក្សាទុកវានៅកន្លែងមានសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was written and read back.</source>
        <translation>ឯកសារបម្រុងទុកត្រូវបានសរសេរ ហើយអានផ្ទៀងផ្ទាត់ឡើងវិញរួចហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup was written.</source>
        <translation>គ្មានឯកសារបម្រុងទុកត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the store…</source>
        <translation>កំពុងពិនិត្យឃ្លាំងទិន្នន័យ…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem: %1</source>
        <translation>បញ្ហា៖ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more problems.</source>
        <translation>… និងបញ្ហាចំនួន %1 ទៀត។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail: entry %1 does not fit the chain (%2).</source>
        <translation>កំណត់ហេតុសវនកម្ម៖ កំណត់ត្រា %1 មិនត្រូវនឹងខ្សែសង្វាក់ (%2)។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store is sound: pages, structure and the audit chain (%1 entries) were checked.</source>
        <translation>ឃ្លាំងទិន្នន័យមានសភាពល្អ៖ បានពិនិត្យទំព័រ រចនាសម្ព័ន្ធ និងខ្សែសង្វាក់សវនកម្ម (កំណត់ត្រាចំនួន %1)។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check found problems. Do not write to the store; restore the latest backup or call support.</source>
        <translation>ការពិនិត្យបានរកឃើញបញ្ហា។ កុំសរសេរអ្វីចូលឃ្លាំងទិន្នន័យ។ សូមស្តារពីការបម្រុងទុកចុងក្រោយបំផុត ឬទាក់ទងផ្នែកគាំទ្របច្ចេកទេស។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: the key-slot file was altered outside PIU Desk.</source>
        <translation>ការព្រមាន៖ ឯកសារប្រអប់សោត្រូវបានកែប្រែនៅខាងក្រៅ PIU Desk។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: an older copy of the database was put back.</source>
        <translation>ការព្រមាន៖ ច្បាប់ចម្លងចាស់នៃមូលដ្ឋានទិន្នន័យត្រូវបានដាក់មកវិញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation>ការព្រមាន៖ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotate the data key?</source>
        <translation>ប្តូរសោទិន្នន័យមែនទេ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole database will be encrypted again under a new data key. Every enabled account keeps its password; old copies of the data folder no longer open with today&apos;s key slots.</source>
        <translation>មូលដ្ឋានទិន្នន័យទាំងមូលនឹងត្រូវដាក់កូដសម្ងាត់ឡើងវិញដោយប្រើសោទិន្នន័យថ្មី។ គណនីដែលកំពុងបើកទាំងអស់ នៅតែប្រើពាក្យសម្ងាត់ដដែល។ ច្បាប់ចម្លងចាស់ៗនៃថតទិន្នន័យនឹងលែងបើកបានជាមួយប្រអប់សោថ្ងៃនេះទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate the key</source>
        <translation>ប្តូរសោ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a large store this takes a while; keep the computer on until it is done.</source>
        <translation>សម្រាប់ឃ្លាំងទិន្នន័យធំ ការនេះចំណាយពេលយូរបន្តិច។ សូមកុំបិទកុំព្យូទ័ររហូតដល់ការងារនេះបញ្ចប់។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rotating the data key…</source>
        <translation>កំពុងប្តូរសោទិន្នន័យ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data key was not rotated.</source>
        <translation>សោទិន្នន័យមិនត្រូវបានប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data key was rotated.</source>
        <translation>សោទិន្នន័យត្រូវបានប្តូររួចហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every enabled account keeps its password. Make a new backup: older backups still open with the passwords they were made with.</source>
        <translation>គណនីដែលកំពុងបើកទាំងអស់ នៅតែប្រើពាក្យសម្ងាត់ដដែល។ សូមធ្វើការបម្រុងទុកថ្មី៖ ការបម្រុងទុកចាស់ៗនៅតែបើកបានដោយពាក្យសម្ងាត់ដែលមាននៅពេលបង្កើតវា។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue a new recovery key?</source>
        <translation>ចេញសោស្តារថ្មីមែនទេ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current recovery key stops working at once. The new one is shown only once: have the printer ready, or paper to copy it by hand.</source>
        <translation>សោស្តារបច្ចុប្បន្ននឹងលែងប្រើបានភ្លាមៗ។ សោថ្មីនឹងត្រូវបានបង្ហាញតែម្តងប៉ុណ្ណោះ៖ សូមត្រៀមម៉ាស៊ីនបោះពុម្ព ឬក្រដាសសម្រាប់ចម្លងវាដោយដៃ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a new key</source>
        <translation>ចេញសោថ្មី</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issuing a new recovery key…</source>
        <translation>កំពុងចេញសោស្តារថ្មី…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new recovery key was issued.</source>
        <translation>សោស្តារថ្មីត្រូវបានចេញរួចហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous recovery key no longer works.</source>
        <translation>សោស្តារមុនលែងប្រើបានទៀតហើយ។</translation>
    </message>
</context>
<context>
    <name>StoreWarnings</name>
    <message>
        <location filename="../piu_desk/ui/dialogs.py" line="-93"/>
        <source>The key-slot file (the file that holds each account&apos;s locked key) was changed outside PIU Desk, or replaced by another copy, since this desk last used it. Someone may have tried to tamper with the accounts.</source>
        <translation>ឯកសារប្រអប់សោ (ឯកសារដែលផ្ទុកសោដែលត្រូវបានការពាររបស់គណនីនីមួយៗ) ត្រូវបានកែប្រែនៅខាងក្រៅ PIU Desk ឬត្រូវបានជំនួសដោយច្បាប់ចម្លងផ្សេង តាំងពីតុការងារនេះបានប្រើវាចុងក្រោយ។ ប្រហែលជាមាននរណាម្នាក់បានព្យាយាមកែបន្លំគណនី។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell your supervisor now. Do not add or change accounts until they have looked at it, and compare the store with the last backup.</source>
        <translation>សូមប្រាប់ប្រធានក្រុមរបស់អ្នកភ្លាម។ កុំបន្ថែម ឬកែប្រែគណនី រហូតដល់ប្រធានក្រុមបានពិនិត្យរួច ហើយសូមប្រៀបធៀបឃ្លាំងទិន្នន័យជាមួយការបម្រុងទុកចុងក្រោយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is older than the one this desk last used: an earlier copy may have been put back. Records added since then may be missing.</source>
        <translation>មូលដ្ឋានទិន្នន័យនេះចាស់ជាងមូលដ្ឋានទិន្នន័យដែលតុការងារនេះបានប្រើចុងក្រោយ៖ ច្បាប់ចម្លងមុនៗប្រហែលជាត្រូវបានដាក់មកវិញ។ កំណត់ត្រាដែលបានបន្ថែមតាំងពីពេលនោះមក អាចនឹងបាត់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell your supervisor before you change anything, and compare the store with the last backup.</source>
        <translation>សូមប្រាប់ប្រធានក្រុមរបស់អ្នក មុនពេលផ្លាស់ប្តូរអ្វីមួយ ហើយប្រៀបធៀបឃ្លាំងទិន្នន័យជាមួយការបម្រុងទុកចុងក្រោយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store reported a problem at log-in.</source>
        <translation>ឃ្លាំងទិន្នន័យបានរាយការណ៍បញ្ហាមួយនៅពេលចូល។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your supervisor and compare the store with the last backup.</source>
        <translation>សូមប្រាប់ប្រធានក្រុមរបស់អ្នក ហើយប្រៀបធៀបឃ្លាំងទិន្នន័យជាមួយការបម្រុងទុកចុងក្រោយ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do:</source>
        <translation>អ្វីដែលត្រូវធ្វើ៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check this store</source>
        <translation>ពិនិត្យឃ្លាំងទិន្នន័យនេះ</translation>
    </message>
</context>
<context>
    <name>SubjectsEditor</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_subjects.py" line="+90"/>
        <source>Add vessel, person or port call…</source>
        <translation>បន្ថែមនាវា បុគ្គល ឬការចូលចតកំពង់ផែ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>ក្រុមហ៊ុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>កុងតឺន័រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>បន្ថែម</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Container number, such as CSQU3054383</source>
        <translation>លេខកុងតឺន័រ ដូចជា CSQU3054383</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>ឈ្មោះក្រុមហ៊ុន</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{number}: the check digit is right.</source>
        <translation>{number}៖ លេខផ្ទៀងផ្ទាត់ត្រឹមត្រូវ។</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../piu_desk/ui/tasks.py" line="+65"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../piu_desk/ui/equipment/item_timeline.py" line="+46"/>
        <source>From %1 to %2</source>
        <translation>ពី %1 ទៅ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holder: %1</source>
        <translation>អ្នកកាន់កាប់៖ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by: %1</source>
        <translation>បានទទួលដោយ៖ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status after: %1</source>
        <translation>ស្ថានភាពក្រោយមក៖ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by %1</source>
        <translation>កត់ត្រាដោយ %1</translation>
    </message>
</context>
<context>
    <name>TipOffDialog</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_dialog.py" line="+109"/>
        <source>Log a tip-off</source>
        <translation>កត់ត្រាព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tip-off</source>
        <translation>ព័ត៌មានតម្រុយថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged as new; grade it now or later, before it is assessed.</source>
        <translation>បានកត់ត្រាជាព័ត៌មានថ្មី។ សូមដាក់ចំណាត់ថ្នាក់ឥឡូវនេះ ឬពេលក្រោយ មុនពេលវាយតម្លៃ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Tip-off {n}</source>
        <translation>ព័ត៌មានតម្រុយ {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} · {grade}</source>
        <translation>{status} · {grade}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log tip-off</source>
        <translation>កត់ត្រាព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>TipOffForm</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_form.py" line="+95"/>
        <source>Received:</source>
        <translation>ទទួលនៅ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel:</source>
        <translation>មធ្យោបាយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source code:</source>
        <translation>លេខកូដប្រភព៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by:</source>
        <translation>ទទួលដោយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling code:</source>
        <translation>លេខកូដចាត់ចែង៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About:</source>
        <translation>អំពី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report:</source>
        <translation>របាយការណ៍៖</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who may receive this report: the exchange with HQ obeys it.</source>
        <translation>អ្នកដែលអាចទទួលរបាយការណ៍នេះ៖ ការផ្លាស់ប្តូរទិន្នន័យជាមួយទីស្នាក់ការកណ្តាលគោរពតាមវា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Choose the source&apos;s code</source>
        <translation>ជ្រើសរើសលេខកូដរបស់ប្រភព</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sources are named by code only.</source>
        <translation>ប្រភពត្រូវបានហៅតាមលេខកូដតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was reported, as told: who, what, where, when. Never the source&apos;s name.</source>
        <translation>អ្វីដែលបានរាយការណ៍ តាមដែលបានប្រាប់៖ អ្នកណា អ្វី នៅឯណា ពេលណា។ មិនត្រូវដាក់ឈ្មោះប្រភពឡើយ។</translation>
    </message>
</context>
<context>
    <name>TipOffs</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_dialog.py" line="-85"/>
        <source>Choose the handling code (P or C) to finish the grade, or clear it.</source>
        <translation>សូមជ្រើសរើសលេខកូដចាត់ចែង (P ឬ C) ដើម្បីបញ្ចប់ការដាក់ចំណាត់ថ្នាក់ ឬលុបវាចោល។</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_texts.py" line="+31"/>
        <source>Admiralty</source>
        <translation>Admiralty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK 3x5x2</source>
        <translation>UK 3x5x2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not graded</source>
        <translation>មិនទាន់ដាក់ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{kind}: {name}</source>
        <translation>{kind}៖ {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+{n} more</source>
        <translation>+{n} ទៀត</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{status} — {who}, {when}</source>
        <translation>{status} — {who} {when}</translation>
    </message>
</context>
<context>
    <name>TipOffsAbout</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_about.py" line="+40"/>
        <source>Tip-offs</source>
        <translation>ព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>មធ្យោបាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>របាយការណ៍</translation>
    </message>
</context>
<context>
    <name>TipOffsModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_model.py" line="+71"/>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>មធ្យោបាយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>ការចាត់ចែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subjects</source>
        <translation>កម្មវត្ថុ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporting officer</source>
        <translation>មន្ត្រីរាយការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
</context>
<context>
    <name>TipOffsSection</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_section.py" line="+106"/>
        <source>Tip-offs</source>
        <translation>ព័ត៌មានតម្រុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tip-off…</source>
        <translation>ព័ត៌មានតម្រុយថ្មី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a tip-off (Ctrl+N)</source>
        <translation>កត់ត្រាព័ត៌មានតម្រុយ (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grading scheme…</source>
        <translation>ប្រព័ន្ធដាក់ចំណាត់ថ្នាក់…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Graded in: {scheme}</source>
        <translation>ដាក់ចំណាត់ថ្នាក់តាម៖ {scheme}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tip-offs: {n}</source>
        <translation>ព័ត៌មានតម្រុយ៖ {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_dialogs.py" line="+17"/>
        <source>Hand to:</source>
        <translation>ផ្ទេរទៅ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On:</source>
        <translation>នៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected back:</source>
        <translation>គ្រោងប្រគល់ត្រឡប់វិញ៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer to another officer</source>
        <translation>ផ្ទេរទៅមន្ត្រីផ្សេង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by</source>
        <translation>ត្រឹមថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}, held by {holder}</source>
        <translation>{item} កាន់កាប់ដោយ {holder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer</source>
        <translation>ផ្ទេរ</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../piu_desk/ui/admin/user_dialog.py" line="-114"/>
        <source>Add a user</source>
        <translation>បន្ថែមអ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>កែប្រែអ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name:</source>
        <translation>ឈ្មោះពេញ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>បញ្ជាក់ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. sokha.chan</source>
        <translation>ឧ. sokha.chan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user must choose a new password at the first log-in. Give this initial password to the user in person, never by message.</source>
        <translation>អ្នកប្រើប្រាស់ត្រូវជ្រើសរើសពាក្យសម្ងាត់ថ្មីនៅពេលចូលលើកដំបូង។ សូមប្រគល់ពាក្យសម្ងាត់ដំបូងនេះទៅអ្នកប្រើប្រាស់ដោយផ្ទាល់ ដាច់ខាតកុំផ្ញើតាមសារ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add user</source>
        <translation>បន្ថែមអ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords differ.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the account…</source>
        <translation>កំពុងបន្ថែមគណនី…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the account…</source>
        <translation>កំពុងរក្សាទុកគណនី…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../piu_desk/ui/admin/users_model.py" line="+54"/>
        <source>User name</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>ថ្ងៃបង្កើត</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Disabled</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>បានបើក</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../piu_desk/ui/admin/users_view.py" line="+90"/>
        <source>Filter by user name, full name, role or status</source>
        <translation>ច្រោះតាមឈ្មោះអ្នកប្រើប្រាស់ ឈ្មោះពេញ តួនាទី ឬស្ថានភាព</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user…</source>
        <translation>បន្ថែមអ្នកប្រើប្រាស់…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែប្រែ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable…</source>
        <translation>បិទ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable…</source>
        <translation>បើក…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user can no longer log in; the data key is rotated.</source>
        <translation>អ្នកប្រើប្រាស់នឹងលែងអាចចូលបានទៀត ហើយសោទិន្នន័យនឹងត្រូវបានប្តូរ។</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The account was added.</source>
        <translation>គណនីត្រូវបានបន្ថែមរួចហើយ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 was saved.</source>
        <translation>គណនី %1 ត្រូវបានរក្សាទុករួចហើយ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new password was set for %1.</source>
        <translation>ពាក្យសម្ងាត់ថ្មីត្រូវបានកំណត់សម្រាប់ %1 រួចហើយ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account %1 is enabled again.</source>
        <translation>គណនី %1 ត្រូវបានបើកឡើងវិញ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disable %1?</source>
        <translation>បិទគណនី %1 មែនទេ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will no longer be able to log in. The account stays in the list and in the audit trail, and can be enabled again later with a new password.</source>
        <translation>%1 នឹងលែងអាចចូលបានទៀត។ គណនីនេះនៅតែមានក្នុងបញ្ជី និងក្នុងកំណត់ហេតុសវនកម្ម ហើយអាចបើកឡើងវិញនៅពេលក្រោយដោយប្រើពាក្យសម្ងាត់ថ្មី។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabling rotates the data key: the whole database is encrypted again under a new key, so the old key slot of this account opens nothing. On a large store this takes a while; keep the computer on until it is done.</source>
        <translation>ការបិទគណនីនឹងប្តូរសោទិន្នន័យ៖ មូលដ្ឋានទិន្នន័យទាំងមូលនឹងត្រូវដាក់កូដសម្ងាត់ឡើងវិញដោយប្រើសោថ្មី ដូច្នេះប្រអប់សោចាស់របស់គណនីនេះនឹងមិនអាចបើកអ្វីបានទៀតទេ។ សម្រាប់ឃ្លាំងទិន្នន័យធំ ការនេះចំណាយពេលយូរបន្តិច។ សូមកុំបិទកុំព្យូទ័ររហូតដល់ការងារនេះបញ្ចប់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disable and rotate the key</source>
        <translation>បិទ និងប្តូរសោ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 is disabled and the data key was rotated.</source>
        <translation>គណនី %1 ត្រូវបានបិទ ហើយសោទិន្នន័យត្រូវបានប្តូររួចហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disabling %1 and rotating the data key…</source>
        <translation>កំពុងបិទគណនី %1 និងប្តូរសោទិន្នន័យ…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../piu_desk/core/accounts.py" line="-169"/>
        <source>There is no account {user}.</source>
        <translation>គ្មានគណនី {user} ទេ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user name {user} is taken (accounts are never deleted).</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់ {user} ត្រូវបានប្រើរួចហើយ (គណនីមិនត្រូវបានលុបឡើយ)។</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You cannot remove your own administrator role.</source>
        <translation>អ្នកមិនអាចដកតួនាទីអ្នកគ្រប់គ្រងប្រព័ន្ធរបស់ខ្លួនឯងបានទេ។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{user} is the last administrator; appoint another first.</source>
        <translation>{user} ជាអ្នកគ្រប់គ្រងប្រព័ន្ធចុងក្រោយ។ សូមតែងតាំងអ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់ទៀតជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You cannot disable your own account.</source>
        <translation>អ្នកមិនអាចបិទគណនីរបស់ខ្លួនឯងបានទេ។</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Only a demo store keeps the passwords an administrator set.</source>
        <translation>មានតែឃ្លាំងទិន្នន័យសាកល្បងប៉ុណ្ណោះ ដែលរក្សាទុកពាក្យសម្ងាត់ដែលអ្នកគ្រប់គ្រងប្រព័ន្ធបានកំណត់។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/desk.py" line="-51"/>
        <source>Choose between 1 and 60 minutes.</source>
        <translation>សូមជ្រើសរើសចន្លោះពី 1 ដល់ 60 នាទី។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose English or Khmer.</source>
        <translation>សូមជ្រើសរើសភាសាអង់គ្លេស ឬភាសាខ្មែរ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/accounts.py" line="+32"/>
        <source>A user name is 2 to 32 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>ឈ្មោះអ្នកប្រើប្រាស់មានពី 2 ដល់ 32 តួអក្សរ៖ អក្សរឡាតាំងតូច (a-z) លេខ សញ្ញាចុច (.) សញ្ញាដាច់ (-) ឬសញ្ញាគូសក្រោម (_) ហើយត្រូវចាប់ផ្តើមដោយអក្សរ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A password needs at least {n} characters.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ {n} តួអក្សរ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may not begin or end with a space.</source>
        <translation>ពាក្យសម្ងាត់មិនអាចចាប់ផ្តើម ឬបញ្ចប់ដោយដកឃ្លាបានទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the person&apos;s full name (2 to 120 characters).</source>
        <translation>សូមបញ្ចូលឈ្មោះពេញរបស់បុគ្គលនោះ (ពី 2 ដល់ 120 តួអក្សរ)។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the account at least one role.</source>
        <translation>សូមផ្តល់តួនាទីយ៉ាងហោចណាស់មួយដល់គណនីនេះ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/identifiers.py" line="+66"/>
        <source>An IMO number is 7 digits, with or without &apos;IMO&apos; before them (for example IMO 9074729); &apos;{text}&apos; is not one.</source>
        <translation>លេខ IMO មាន 7 ខ្ទង់ ដោយមាន ឬគ្មាន &apos;IMO&apos; នៅខាងមុខ (ឧទាហរណ៍ IMO 9074729)។ &apos;{text}&apos; មិនមែនជាលេខ IMO ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IMO number has 7 digits; {number} has {count}. Copy it again from the ship&apos;s certificate.</source>
        <translation>លេខ IMO មាន 7 ខ្ទង់ ប៉ុន្តែ {number} មាន {count} ខ្ទង់។ សូមចម្លងវាម្តងទៀតពីវិញ្ញាបនបត្ររបស់នាវា។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMO number&apos;s check digit should be {expected}, not {found} — check the number on the ship&apos;s certificate.</source>
        <translation>លេខផ្ទៀងផ្ទាត់នៃលេខ IMO គួរតែជា {expected} មិនមែន {found} ទេ — សូមពិនិត្យលេខនៅលើវិញ្ញាបនបត្ររបស់នាវា។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{mmsi} is a group call number for several ships (0 + MID), not one ship&apos;s MMSI.</source>
        <translation>{mmsi} ជាលេខហៅជាក្រុមសម្រាប់នាវាច្រើន (0 + MID) មិនមែនជា MMSI របស់នាវាមួយទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of a coast station (00 + MID), not of a ship.</source>
        <translation>{mmsi} ជា MMSI របស់ស្ថានីយឆ្នេរ (00 + MID) មិនមែនរបស់នាវាទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mmsi} is the MMSI of a search and rescue aircraft (111 + MID), not of a ship.</source>
        <translation>{mmsi} ជា MMSI របស់យន្តហោះស្វែងរក និងសង្គ្រោះ (111 + MID) មិនមែនរបស់នាវាទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of a handheld VHF radio (8 + MID), not of a ship.</source>
        <translation>{mmsi} ជា MMSI របស់វិទ្យុ VHF កាន់ដៃ (8 + MID) មិនមែនរបស់នាវាទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mmsi} is the MMSI of an AIS search and rescue transmitter (AIS-SART, 970), not of a ship.</source>
        <translation>{mmsi} ជា MMSI របស់ឧបករណ៍បញ្ជូនសញ្ញាស្វែងរក និងសង្គ្រោះ AIS (AIS-SART, 970) មិនមែនរបស់នាវាទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of a man-overboard device (972), not of a ship.</source>
        <translation>{mmsi} ជា MMSI របស់ឧបករណ៍សម្រាប់មនុស្សធ្លាក់ពីលើនាវា (972) មិនមែនរបស់នាវាទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mmsi} is the MMSI of an emergency beacon with AIS (EPIRB-AIS, 974), not of a ship.</source>
        <translation>{mmsi} ជា MMSI របស់ឧបករណ៍បញ្ចេញសញ្ញាអាសន្នដែលមាន AIS (EPIRB-AIS, 974) មិនមែនរបស់នាវាទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of an autonomous radio device such as a net buoy (979), not of a ship.</source>
        <translation>{mmsi} ជា MMSI របស់ឧបករណ៍វិទ្យុស្វយ័ត ដូចជាបណ្តែតអួន (979) មិនមែនរបស់នាវាទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of a craft associated with a parent ship, such as a lifeboat or tender (98 + MID), not of the ship itself.</source>
        <translation>{mmsi} ជា MMSI របស់យានដែលភ្ជាប់ជាមួយនាវាមេ ដូចជាទូកសង្គ្រោះ ឬទូកបម្រើ (98 + MID) មិនមែនរបស់នាវាមេផ្ទាល់ទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of an aid to navigation such as a buoy or lighthouse (99 + MID), not of a ship.</source>
        <translation>{mmsi} ជា MMSI របស់ឧបករណ៍ជំនួយការធ្វើនាវាចរណ៍ ដូចជាបណ្តែតសញ្ញា ឬប៉មភ្លើងហ្វារ (99 + MID) មិនមែនរបស់នាវាទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} fits no MMSI series: a ship&apos;s MMSI starts with its country&apos;s MID (201 to 775). Check it for a typing error.</source>
        <translation>{mmsi} មិនត្រូវនឹងជួរលេខ MMSI ណាមួយទេ៖ MMSI របស់នាវាចាប់ផ្តើមដោយ MID នៃប្រទេសរបស់វា (ពី 201 ដល់ 775)។ សូមពិនិត្យរកកំហុសវាយអក្សរ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{mmsi} is a ship&apos;s MMSI; its MID {mid} is allocated to {country}.</source>
        <translation>{mmsi} ជា MMSI របស់នាវា។ MID {mid} របស់វាត្រូវបានបែងចែកឲ្យ {country}។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MID {mid} at the start of MMSI {mmsi} is not allocated to any country: the MMSI is mistyped or not genuine.</source>
        <translation>MID {mid} នៅដើម MMSI {mmsi} មិនត្រូវបានបែងចែកឲ្យប្រទេសណាមួយទេ៖ MMSI នេះវាយខុស ឬមិនមែនជាលេខពិត។</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>An MMSI is 9 digits and nothing else (for example 514123456); &apos;{text}&apos; has other characters.</source>
        <translation>MMSI មាន 9 ខ្ទង់ ហើយគ្មានអ្វីផ្សេងទៀតទេ (ឧទាហរណ៍ 514123456)។ &apos;{text}&apos; មានតួអក្សរផ្សេង។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An MMSI has 9 digits; {mmsi} has {count}. Copy it again from the ship&apos;s radio licence or AIS.</source>
        <translation>MMSI មាន 9 ខ្ទង់ ប៉ុន្តែ {mmsi} មាន {count} ខ្ទង់។ សូមចម្លងវាម្តងទៀតពីអាជ្ញាប័ណ្ណវិទ្យុរបស់នាវា ឬពី AIS។</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>MMSI {mmsi} starts with MID {mid}, allocated to {mid_country}, but the flag is given as {flag_country}. The ship may have changed flag and kept its MMSI, or one of them is wrong: check the ship&apos;s radio licence and registry certificate.</source>
        <translation>MMSI {mmsi} ចាប់ផ្តើមដោយ MID {mid} ដែលត្រូវបានបែងចែកឲ្យ {mid_country} ប៉ុន្តែទង់ជាតិត្រូវបានបញ្ជាក់ថាជា {flag_country}។ នាវាអាចបានប្តូរទង់ជាតិ ហើយរក្សា MMSI ដដែល ឬព័ត៌មានមួយក្នុងចំណោមនោះខុស៖ សូមពិនិត្យអាជ្ញាប័ណ្ណវិទ្យុ និងវិញ្ញាបនបត្រចុះបញ្ជីរបស់នាវា។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A call sign has only letters A-Z and digits (for example XUAB3); &apos;{text}&apos; has other characters.</source>
        <translation>សញ្ញាហៅមានតែអក្សរ A-Z និងលេខប៉ុណ្ណោះ (ឧទាហរណ៍ XUAB3)។ &apos;{text}&apos; មានតួអក្សរផ្សេង។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A call sign has 3 to 7 letters and digits; {call_sign} has {count}.</source>
        <translation>សញ្ញាហៅមានអក្សរ និងលេខពី 3 ដល់ 7 តួ ប៉ុន្តែ {call_sign} មាន {count} តួ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A call sign always has letters; {call_sign} is only digits. Is it the MMSI or the IMO number?</source>
        <translation>សញ្ញាហៅតែងតែមានអក្សរ ប៉ុន្តែ {call_sign} មានតែលេខប៉ុណ្ណោះ។ តើវាជា MMSI ឬលេខ IMO?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the flag state&apos;s 3-letter code (for example KHM for Cambodia).</source>
        <translation>សូមបញ្ចូលលេខកូដ 3 អក្សររបស់រដ្ឋទង់ជាតិ (ឧទាហរណ៍ KHM សម្រាប់កម្ពុជា)។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the flag state with 3 letters: {alpha3} for {country}, not {code}.</source>
        <translation>សូមសរសេររដ្ឋទង់ជាតិជា 3 អក្សរ៖ {alpha3} សម្រាប់ {country} មិនមែន {code} ទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is not an ISO 3166-1 country code. Write the flag state with its 3-letter code, for example KHM for Cambodia.</source>
        <translation>{code} មិនមែនជាលេខកូដប្រទេស ISO 3166-1 ទេ។ សូមសរសេររដ្ឋទង់ជាតិដោយប្រើលេខកូដ 3 អក្សររបស់វា ឧទាហរណ៍ KHM សម្រាប់កម្ពុជា។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An AIS ship type is a number from 0 to 99 (for example 30 for a fishing vessel, 70 for a cargo ship); &apos;{value}&apos; is not.</source>
        <translation>ប្រភេទនាវា AIS ជាលេខពី 0 ដល់ 99 (ឧទាហរណ៍ 30 សម្រាប់នាវានេសាទ 70 សម្រាប់នាវាដឹកទំនិញ)។ &apos;{value}&apos; មិនមែនជាប្រភេទនាវាទេ។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write the gross tonnage as a number, for example 12345 or 12345.5; &apos;{value}&apos; is not one.</source>
        <translation>សូមសរសេរតោនសរុបជាលេខ ឧទាហរណ៍ 12345 ឬ 12345.5។ &apos;{value}&apos; មិនមែនជាលេខទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gross tonnage must be more than 0.</source>
        <translation>តោនសរុបត្រូវតែធំជាង 0។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gross tonnage of {value} is more than any ship&apos;s (the largest measure about 250,000): check for an extra digit.</source>
        <translation>តោនសរុប {value} ធំជាងតោនសរុបរបស់នាវាណាមួយ (នាវាធំបំផុតមានប្រហែល 250,000)៖ សូមពិនិត្យមើលថាមានខ្ទង់លើសឬទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/ship_types.py" line="+18"/>
        <source>Not available (no ship type given)</source>
        <translation>មិនមាន (មិនបានបញ្ជាក់ប្រភេទនាវា)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fishing</source>
        <translation>នេសាទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towing</source>
        <translation>អូសទាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towing, tow longer than 200 m or wider than 25 m</source>
        <translation>អូសទាញ ដោយវត្ថុអូសវែងជាង 200 ម៉ែត្រ ឬទទឹងជាង 25 ម៉ែត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dredging or underwater operations</source>
        <translation>ការបូមខ្សាច់ ឬប្រតិបត្តិការក្រោមទឹក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diving operations</source>
        <translation>ប្រតិបត្តិការមុជទឹក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Military operations</source>
        <translation>ប្រតិបត្តិការយោធា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sailing</source>
        <translation>ទូកក្តោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pleasure craft</source>
        <translation>នាវាកម្សាន្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+59"/>
        <source>Reserved for future use</source>
        <translation>កក់ទុកសម្រាប់ប្រើនាពេលអនាគត</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Pilot vessel</source>
        <translation>នាវានាំផ្លូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and rescue vessel</source>
        <translation>នាវាស្វែងរក និងសង្គ្រោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tug</source>
        <translation>នាវាអូស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port tender</source>
        <translation>នាវាបម្រើកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-pollution vessel</source>
        <translation>នាវាប្រឆាំងការបំពុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement vessel</source>
        <translation>នាវាអនុវត្តច្បាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Local vessel (spare code)</source>
        <translation>នាវាក្នុងតំបន់ (លេខកូដទំនេរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical transport</source>
        <translation>ការដឹកជញ្ជូនវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noncombatant ship (RR Resolution 18)</source>
        <translation>នាវាមិនមែនប្រយុទ្ធ (សេចក្តីសម្រេច RR លេខ 18)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wing-in-ground craft</source>
        <translation>យានហោះជិតផ្ទៃទឹក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, hazardous category A</source>
        <translation>យានហោះជិតផ្ទៃទឹក (គ្រោះថ្នាក់ប្រភេទ A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, hazardous category B</source>
        <translation>យានហោះជិតផ្ទៃទឹក (គ្រោះថ្នាក់ប្រភេទ B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, hazardous category C</source>
        <translation>យានហោះជិតផ្ទៃទឹក (គ្រោះថ្នាក់ប្រភេទ C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, hazardous category D</source>
        <translation>យានហោះជិតផ្ទៃទឹក (គ្រោះថ្នាក់ប្រភេទ D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, reserved code</source>
        <translation>យានហោះជិតផ្ទៃទឹក (លេខកូដកក់ទុក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, no additional information</source>
        <translation>យានហោះជិតផ្ទៃទឹក (គ្មានព័ត៌មានបន្ថែម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft</source>
        <translation>នាវាល្បឿនលឿន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, hazardous category A</source>
        <translation>នាវាល្បឿនលឿន (គ្រោះថ្នាក់ប្រភេទ A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, hazardous category B</source>
        <translation>នាវាល្បឿនលឿន (គ្រោះថ្នាក់ប្រភេទ B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, hazardous category C</source>
        <translation>នាវាល្បឿនលឿន (គ្រោះថ្នាក់ប្រភេទ C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, hazardous category D</source>
        <translation>នាវាល្បឿនលឿន (គ្រោះថ្នាក់ប្រភេទ D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, reserved code</source>
        <translation>នាវាល្បឿនលឿន (លេខកូដកក់ទុក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, no additional information</source>
        <translation>នាវាល្បឿនលឿន (គ្មានព័ត៌មានបន្ថែម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship</source>
        <translation>នាវាដឹកអ្នកដំណើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, hazardous category A</source>
        <translation>នាវាដឹកអ្នកដំណើរ (គ្រោះថ្នាក់ប្រភេទ A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, hazardous category B</source>
        <translation>នាវាដឹកអ្នកដំណើរ (គ្រោះថ្នាក់ប្រភេទ B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, hazardous category C</source>
        <translation>នាវាដឹកអ្នកដំណើរ (គ្រោះថ្នាក់ប្រភេទ C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, hazardous category D</source>
        <translation>នាវាដឹកអ្នកដំណើរ (គ្រោះថ្នាក់ប្រភេទ D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, reserved code</source>
        <translation>នាវាដឹកអ្នកដំណើរ (លេខកូដកក់ទុក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, no additional information</source>
        <translation>នាវាដឹកអ្នកដំណើរ (គ្មានព័ត៌មានបន្ថែម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship</source>
        <translation>នាវាដឹកទំនិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, hazardous category A</source>
        <translation>នាវាដឹកទំនិញ (គ្រោះថ្នាក់ប្រភេទ A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, hazardous category B</source>
        <translation>នាវាដឹកទំនិញ (គ្រោះថ្នាក់ប្រភេទ B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, hazardous category C</source>
        <translation>នាវាដឹកទំនិញ (គ្រោះថ្នាក់ប្រភេទ C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, hazardous category D</source>
        <translation>នាវាដឹកទំនិញ (គ្រោះថ្នាក់ប្រភេទ D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, reserved code</source>
        <translation>នាវាដឹកទំនិញ (លេខកូដកក់ទុក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, no additional information</source>
        <translation>នាវាដឹកទំនិញ (គ្មានព័ត៌មានបន្ថែម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker</source>
        <translation>នាវាដឹកសារធាតុរាវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, hazardous category A</source>
        <translation>នាវាដឹកសារធាតុរាវ (គ្រោះថ្នាក់ប្រភេទ A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, hazardous category B</source>
        <translation>នាវាដឹកសារធាតុរាវ (គ្រោះថ្នាក់ប្រភេទ B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, hazardous category C</source>
        <translation>នាវាដឹកសារធាតុរាវ (គ្រោះថ្នាក់ប្រភេទ C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, hazardous category D</source>
        <translation>នាវាដឹកសារធាតុរាវ (គ្រោះថ្នាក់ប្រភេទ D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, reserved code</source>
        <translation>នាវាដឹកសារធាតុរាវ (លេខកូដកក់ទុក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, no additional information</source>
        <translation>នាវាដឹកសារធាតុរាវ (គ្មានព័ត៌មានបន្ថែម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship</source>
        <translation>នាវាប្រភេទផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, hazardous category A</source>
        <translation>នាវាប្រភេទផ្សេងទៀត (គ្រោះថ្នាក់ប្រភេទ A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, hazardous category B</source>
        <translation>នាវាប្រភេទផ្សេងទៀត (គ្រោះថ្នាក់ប្រភេទ B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, hazardous category C</source>
        <translation>នាវាប្រភេទផ្សេងទៀត (គ្រោះថ្នាក់ប្រភេទ C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, hazardous category D</source>
        <translation>នាវាប្រភេទផ្សេងទៀត (គ្រោះថ្នាក់ប្រភេទ D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, reserved code</source>
        <translation>នាវាប្រភេទផ្សេងទៀត (លេខកូដកក់ទុក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, no additional information</source>
        <translation>នាវាប្រភេទផ្សេងទៀត (គ្មានព័ត៌មានបន្ថែម)</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/station.py" line="+37"/>
        <source>A UN/LOCODE is 5 characters: the 2-letter country code, then 3 letters or digits 2-9 (for example KHKOS).</source>
        <translation>UN/LOCODE មាន 5 តួអក្សរ៖ លេខកូដប្រទេស 2 អក្សរ បន្ទាប់មក 3 អក្សរ ឬលេខពី 2 ដល់ 9 (ឧទាហរណ៍ KHKOS)។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the station&apos;s name (2 to 80 characters).</source>
        <translation>សូមបញ្ចូលឈ្មោះស្ថានីយ (ពី 2 ដល់ 80 តួអក្សរ)។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/crew.py" line="+68"/>
        <source>{code} is not a nationality code; use the three letters of the passport (for example KHM, VNM, IDN).</source>
        <translation>{code} មិនមែនជាលេខកូដសញ្ជាតិទេ។ សូមប្រើអក្សរ 3 ដូចក្នុងលិខិតឆ្លងដែន (ឧទាហរណ៍ KHM, VNM, IDN)។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the date as year-month-day, for example 1990-04-25.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទជា ឆ្នាំ-ខែ-ថ្ងៃ ឧទាហរណ៍ 1990-04-25។</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../piu_desk/core/domain/watchlist.py" line="+59"/>
        <source>This date is in the future.</source>
        <translation>កាលបរិច្ឆេទនេះស្ថិតនៅពេលអនាគត។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the family name as in the identity document.</source>
        <translation>សូមបញ្ចូលនាមត្រកូលដូចក្នុងឯកសារអត្តសញ្ញាណ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gender is M, F or X.</source>
        <translation>ភេទត្រូវជា M, F ឬ X។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a family name, or UNKNOWN if the person gives none.</source>
        <translation>សូមបញ្ចូលនាមត្រកូល ឬ UNKNOWN ប្រសិនបើបុគ្គលនោះមិនប្រាប់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an age between 0 and 120.</source>
        <translation>សូមបញ្ចូលអាយុចន្លោះពី 0 ដល់ 120 ឆ្នាំ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/inspection.py" line="+46"/>
        <source>Name at least one boarding officer.</source>
        <translation>សូមបញ្ជាក់មន្ត្រីឡើងត្រួតពិនិត្យនាវាយ៉ាងហោចណាស់ម្នាក់។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An inspection cannot move from this status to that one.</source>
        <translation>ការត្រួតពិនិត្យមិនអាចប្តូរពីស្ថានភាពនេះទៅស្ថានភាពនោះបានទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the outcome before submitting the inspection.</source>
        <translation>សូមជ្រើសរើសលទ្ធផល មុនពេលដាក់ជូនការត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the findings before submitting the inspection.</source>
        <translation>សូមសរសេរការរកឃើញ មុនពេលដាក់ជូនការត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/vessel.py" line="+69"/>
        <source>Enter the vessel&apos;s name as written on the hull or certificate.</source>
        <translation>សូមបញ្ចូលឈ្មោះនាវាដូចដែលសរសេរនៅលើតួនាវា ឬវិញ្ញាបនបត្រ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/tipoff.py" line="-85"/>
        <source>Choose the record this tip-off is about.</source>
        <translation>សូមជ្រើសរើសកំណត់ត្រាដែលព័ត៌មានតម្រុយនេះពាក់ព័ន្ធ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the company&apos;s name.</source>
        <translation>សូមបញ្ចូលឈ្មោះក្រុមហ៊ុន។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/vessel.py" line="+38"/>
        <source>Enter a date and time such as 2026-11-28 14:30.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទ និងម៉ោង ដូចជា 2026-11-28 14:30។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/tipoff.py" line="+10"/>
        <source>Name the officer who received the tip-off.</source>
        <translation>សូមបញ្ជាក់ឈ្មោះមន្ត្រីដែលបានទទួលព័ត៌មានតម្រុយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the code of the human source.</source>
        <translation>សូមជ្រើសរើសលេខកូដប្រភពមនុស្ស។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a tip-off from a human source names a source code.</source>
        <translation>មានតែព័ត៌មានតម្រុយពីប្រភពមនុស្សប៉ុណ្ណោះ ដែលបញ្ជាក់លេខកូដប្រភព។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what the tip-off says.</source>
        <translation>សូមសរសេរខ្លឹមសារនៃព័ត៌មានតម្រុយ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grade the tip-off (source and information) before it is assessed.</source>
        <translation>សូមដាក់ចំណាត់ថ្នាក់ព័ត៌មានតម្រុយ (ប្រភព និងព័ត៌មាន) មុនពេលវាយតម្លៃ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A tip-off cannot move from this status to that one.</source>
        <translation>ព័ត៌មានតម្រុយមិនអាចប្តូរពីស្ថានភាពនេះទៅស្ថានភាពនោះបានទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/vessel.py" line="+8"/>
        <source>The departure cannot be before the arrival.</source>
        <translation>ការចេញដំណើរមិនអាចនៅមុនការមកដល់បានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a number of people between 0 and 10000.</source>
        <translation>សូមបញ្ចូលចំនួនមនុស្សចន្លោះពី 0 ដល់ 10000 នាក់។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/common.py" line="+36"/>
        <source>That record no longer exists ({what}).</source>
        <translation>កំណត់ត្រានោះលែងមានទៀតហើយ ({what})។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/crew.py" line="-79"/>
        <source>A crew list needs at least one crew member.</source>
        <translation>បញ្ជីនាវិកត្រូវមាននាវិកយ៉ាងហោចណាស់ម្នាក់។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/inspections.py" line="-85"/>
        <source>Only a draft or a returned inspection can be edited; an approved one is changed by an amendment.</source>
        <translation>មានតែការត្រួតពិនិត្យដែលជាសេចក្តីព្រាង ឬដែលបានប្រគល់ត្រឡប់វិញប៉ុណ្ណោះ ដែលអាចកែប្រែបាន។ ការត្រួតពិនិត្យដែលបានអនុម័តហើយ ត្រូវផ្លាស់ប្តូរតាមរយៈវិសោធនកម្ម។</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Say what has to change before returning the inspection.</source>
        <translation>សូមបញ្ជាក់អ្វីដែលត្រូវកែប្រែ មុនពេលប្រគល់ការត្រួតពិនិត្យត្រឡប់វិញ។</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Say why the approved inspection is amended.</source>
        <translation>សូមបញ្ជាក់មូលហេតុនៃវិសោធនកម្មលើការត្រួតពិនិត្យដែលបានអនុម័ត។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an approved inspection is amended; edit a draft directly.</source>
        <translation>មានតែការត្រួតពិនិត្យដែលបានអនុម័តប៉ុណ្ណោះដែលត្រូវធ្វើវិសោធនកម្ម។ សេចក្តីព្រាងត្រូវកែប្រែដោយផ្ទាល់។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/vessels.py" line="+21"/>
        <source>A vessel with IMO number {imo} is already registered; open it instead (the IMO number never changes).</source>
        <translation>នាវាដែលមានលេខ IMO {imo} ត្រូវបានចុះបញ្ជីរួចហើយ។ សូមបើកនាវានោះជំនួសវិញ (លេខ IMO មិនដែលផ្លាស់ប្តូរទេ)។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This vessel may already be registered ({count} possible). Open the existing one, or confirm that it is a different vessel.</source>
        <translation>នាវានេះប្រហែលជាបានចុះបញ្ជីរួចហើយ (អាចមាន {count})។ សូមបើកនាវាដែលមានស្រាប់ ឬបញ្ជាក់ថាវាជានាវាផ្សេង។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The IMO number of a vessel never changes; register the other vessel separately.</source>
        <translation>លេខ IMO របស់នាវាមិនដែលផ្លាស់ប្តូរទេ។ សូមចុះបញ្ជីនាវាផ្សេងនោះដាច់ដោយឡែក។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/attachment.py" line="+88"/>
        <source>{name} is empty: there is nothing to attach.</source>
        <translation>{name} ទទេ៖ គ្មានអ្វីសម្រាប់ភ្ជាប់ទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is {size} MB; an attachment can be at most {limit} MB. Scan the document at a lower resolution, or save the photo smaller, and add it again.</source>
        <translation>{name} មានទំហំ {size} MB ប៉ុន្តែឯកសារភ្ជាប់អាចមានទំហំយ៉ាងច្រើន {limit} MB។ សូមស្កេនឯកសារដោយកម្រិតភាពច្បាស់ទាបជាងនេះ ឬរក្សាទុករូបថតឲ្យតូចជាងនេះ រួចបន្ថែមវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a photo or scanned document that PIU Desk keeps: only JPEG, PNG, TIFF and PDF files are accepted, and the file&apos;s content is checked, not its name.</source>
        <translation>{name} មិនមែនជារូបថត ឬឯកសារស្កេនដែល PIU Desk រក្សាទុកទេ៖ ទទួលយកតែឯកសារ JPEG, PNG, TIFF និង PDF ប៉ុណ្ណោះ ហើយខ្លឹមសារឯកសារត្រូវបានពិនិត្យ មិនមែនឈ្មោះរបស់វាទេ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preview picture of this file could not be made; add the file again.</source>
        <translation>មិនអាចបង្កើតរូបភាពមើលជាមុននៃឯកសារនេះបានទេ។ សូមបន្ថែមឯកសារនេះម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/attachments.py" line="-65"/>
        <source>Photos and documents are added or removed only while the inspection is a draft or returned for changes.</source>
        <translation>រូបថត និងឯកសារអាចបន្ថែម ឬដកចេញបាន តែនៅពេលការត្រួតពិនិត្យជាសេចក្តីព្រាង ឬត្រូវបានប្រគល់ត្រឡប់វិញដើម្បីកែប្រែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/asset.py" line="+34"/>
        <source>The item is in store: issue it first, or report it lost or stolen.</source>
        <translation>សម្ភារៈនេះនៅក្នុងឃ្លាំង៖ សូមបើកផ្តល់វាជាមុនសិន ឬរាយការណ៍ថាវាបាត់ ឬត្រូវបានលួច។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is issued: have it returned to store first.</source>
        <translation>សម្ភារៈនេះត្រូវបានបើកផ្តល់ហើយ៖ សូមឲ្យគេប្រគល់វាត្រឡប់ចូលឃ្លាំងវិញជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is under repair: record its return from repair first.</source>
        <translation>សម្ភារៈនេះកំពុងជួសជុល៖ សូមកត់ត្រាការត្រឡប់មកពីការជួសជុលជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is reported lost: record that it was recovered first.</source>
        <translation>សម្ភារៈនេះត្រូវបានរាយការណ៍ថាបាត់៖ សូមកត់ត្រាថាវាត្រូវបានរកឃើញវិញជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is reported stolen: record that it was recovered first.</source>
        <translation>សម្ភារៈនេះត្រូវបានរាយការណ៍ថាត្រូវបានលួច៖ សូមកត់ត្រាថាវាត្រូវបានរកឃើញវិញជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item has been disposed of; nothing more can happen to it.</source>
        <translation>សម្ភារៈនេះត្រូវបានបោះចោលហើយ។ មិនអាចធ្វើអ្វីបន្ថែមលើវាបានទៀតទេ។</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter the date as year-month-day, e.g. 2026-03-31.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទជា ឆ្នាំ-ខែ-ថ្ងៃ ឧ. 2026-03-31។</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>An asset tag is 2 to 32 letters, digits or dashes.</source>
        <translation>ស្លាកសម្ភារៈមានពី 2 ដល់ 32 តួ ដែលជាអក្សរ លេខ ឬសញ្ញាដាច់ (-)។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the item&apos;s category (laptop, camera, radio, ...).</source>
        <translation>សូមបញ្ជាក់ប្រភេទសម្ភារៈ (កុំព្យូទ័រយួរដៃ កាមេរ៉ា វិទ្យុទាក់ទង ...)។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the item.</source>
        <translation>សូមពិពណ៌នាសម្ភារៈ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A value cannot be negative.</source>
        <translation>តម្លៃមិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/containers.py" line="+59"/>
        <source>A container number is three letters for the owner, U, J or Z, six digits and a check digit, such as CSQU3054383.</source>
        <translation>លេខកុងតឺន័រមានអក្សរ 3 សម្រាប់ម្ចាស់ អក្សរ U, J ឬ Z លេខ 6 ខ្ទង់ និងលេខផ្ទៀងផ្ទាត់មួយ ដូចជា CSQU3054383។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check digit of this container number is wrong: check every letter and digit against the container.</source>
        <translation>លេខផ្ទៀងផ្ទាត់នៃលេខកុងតឺន័រនេះមិនត្រឹមត្រូវទេ៖ សូមពិនិត្យអក្សរ និងលេខនីមួយៗធៀបនឹងកុងតឺន័រ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/grading.py" line="+50"/>
        <location line="+18"/>
        <source>An Admiralty grade is a source letter A to F and an information number 1 to 6, such as B2.</source>
        <translation>ចំណាត់ថ្នាក់ Admiralty មានអក្សរប្រភពពី A ដល់ F និងលេខព័ត៌មានពី 1 ដល់ 6 ដូចជា B2។</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+16"/>
        <source>A 3x5x2 grade is a source number 1 to 3, an intelligence letter A to E and a handling code P or C, such as 1BP.</source>
        <translation>ចំណាត់ថ្នាក់ 3x5x2 មានលេខប្រភពពី 1 ដល់ 3 អក្សរស៊ើបការណ៍ពី A ដល់ E និងលេខកូដចាត់ចែង P ឬ C ដូចជា 1BP។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/source.py" line="+55"/>
        <source>A source code is 2 to 24 letters, digits and dashes, such as PIU-KOS-S01.</source>
        <translation>លេខកូដប្រភពមានពី 2 ដល់ 24 តួ ដែលជាអក្សរ លេខ និងសញ្ញាដាច់ (-) ដូចជា PIU-KOS-S01។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter who the source is.</source>
        <translation>សូមបញ្ចូលអត្តសញ្ញាណរបស់ប្រភព។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/watchlist.py" line="-10"/>
        <source>{year} is not a possible year of birth.</source>
        <translation>{year} មិនអាចជាឆ្នាំកំណើតបានទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the date of birth as year-month-day (1990-04-25), or the year only (1990).</source>
        <translation>សូមបញ្ចូលថ្ងៃខែឆ្នាំកំណើតជា ឆ្នាំ-ខែ-ថ្ងៃ (1990-04-25) ឬតែឆ្នាំប៉ុណ្ណោះ (1990)។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the date as year-month-day, for example 2026-04-25.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទជា ឆ្នាំ-ខែ-ថ្ងៃ ឧទាហរណ៍ 2026-04-25។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter at least one name (a person&apos;s or a vessel&apos;s).</source>
        <translation>សូមបញ្ចូលឈ្មោះយ៉ាងហោចណាស់មួយ (ឈ្មោះបុគ្គល ឬឈ្មោះនាវា)។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why this entry is on the watchlist.</source>
        <translation>សូមបញ្ជាក់មូលហេតុដែលកំណត់ត្រានេះស្ថិតក្នុងបញ្ជីតាមដាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the unit that issued this entry.</source>
        <translation>សូមបញ្ជាក់ឈ្មោះអង្គភាពដែលបានចេញកំណត់ត្រានេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry cannot expire before it was issued.</source>
        <translation>កំណត់ត្រានេះមិនអាចផុតកំណត់មុនកាលបរិច្ឆេទចេញបានទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/assets.py" line="-26"/>
        <source>The tag {tag} is already on another item.</source>
        <translation>ស្លាក {tag} ត្រូវបានប្រើលើសម្ភារៈផ្សេងរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/campaigns.py" line="+47"/>
        <source>Name the campaign, e.g. Annual verification 2026.</source>
        <translation>សូមដាក់ឈ្មោះយុទ្ធនាការ ឧ. ការផ្ទៀងផ្ទាត់ប្រចាំឆ្នាំ 2026។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A campaign of that name is already open.</source>
        <translation>យុទ្ធនាការដែលមានឈ្មោះនេះកំពុងបើករួចហើយ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This campaign is closed; start a new one.</source>
        <translation>យុទ្ធនាការនេះត្រូវបានបិទហើយ។ សូមចាប់ផ្តើមយុទ្ធនាការថ្មី។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/common.py" line="+46"/>
        <source>No item in the register has the tag {tag}.</source>
        <translation>គ្មានសម្ភារៈណាក្នុងបញ្ជីសម្ភារៈមានស្លាក {tag} ទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/custody.py" line="-81"/>
        <source>Name the place the item is issued to.</source>
        <translation>សូមបញ្ជាក់ទីកន្លែងដែលសម្ភារៈនេះត្រូវបានបើកផ្តល់ទៅ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an active account; issue to an officer who has one, or to a place.</source>
        <translation>{name} មិនមែនជាគណនីដែលបានបើកទេ។ សូមបើកផ្តល់ទៅមន្ត្រីដែលមានគណនីបានបើក ឬទៅទីកន្លែងមួយ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The expected return cannot be before the issue date.</source>
        <translation>កាលបរិច្ឆេទរំពឹងថានឹងប្រគល់ត្រឡប់វិញ មិនអាចនៅមុនកាលបរិច្ឆេទបើកផ្តល់បានទេ។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The item is not issued to anyone.</source>
        <translation>សម្ភារៈនេះមិនត្រូវបានបើកផ្តល់ឲ្យនរណាម្នាក់ទេ។</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The item is already held by {name}.</source>
        <translation>សម្ភារៈនេះស្ថិតក្នុងការកាន់កាប់របស់ {name} រួចហើយ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/handover.py" line="+18"/>
        <source>{count} rows have problems. Correct the sheet, or import only the valid rows.</source>
        <translation>ជួរដេកចំនួន {count} មានបញ្ហា។ សូមកែសន្លឹកតារាង ឬនាំចូលតែជួរដេកដែលត្រឹមត្រូវប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row is ready to import.</source>
        <translation>គ្មានជួរដេកណាដែលរួចរាល់សម្រាប់នាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/incidents.py" line="+16"/>
        <source>Describe what happened.</source>
        <translation>សូមពិពណ៌នាអំពីអ្វីដែលបានកើតឡើង។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A theft is reported to the police: give the police report reference.</source>
        <translation>ការលួចត្រូវរាយការណ៍ទៅនគរបាល៖ សូមផ្តល់លេខយោងនៃរបាយការណ៍នគរបាល។</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A disposal needs who authorised it and the reference of the authorisation.</source>
        <translation>ការបោះចោលតម្រូវឲ្យមានឈ្មោះអ្នកអនុញ្ញាត និងលេខយោងនៃការអនុញ្ញាតនោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the item is disposed of.</source>
        <translation>សូមបញ្ជាក់មូលហេតុដែលសម្ភារៈនេះត្រូវបានបោះចោល។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/maintenance.py" line="-74"/>
        <source>Say what is to be done.</source>
        <translation>សូមបញ្ជាក់ការងារដែលត្រូវធ្វើ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A schedule is for one item or for one category, not both.</source>
        <translation>កាលវិភាគមួយគឺសម្រាប់សម្ភារៈមួយ ឬសម្រាប់ប្រភេទមួយ មិនមែនសម្រាប់ទាំងពីរទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give either how many months apart, or the date it is due.</source>
        <translation>សូមបញ្ជាក់ចន្លោះពេលជាចំនួនខែ ឬកាលបរិច្ឆេទដល់កំណត់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Between 1 and 120 months.</source>
        <translation>ចន្លោះពី 1 ដល់ 120 ខែ។</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>A cost cannot be negative.</source>
        <translation>ថ្លៃចំណាយមិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The item cannot come back before it was sent.</source>
        <translation>សម្ភារៈមិនអាចត្រឡប់មកវិញ មុនពេលវាត្រូវបានបញ្ជូនទៅបានទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/alerts.py" line="+73"/>
        <source>Write a note saying why.</source>
        <translation>សូមសរសេរកំណត់សម្គាល់បញ្ជាក់មូលហេតុ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/sources.py" line="-7"/>
        <source>There is no source with this code in the register.</source>
        <translation>គ្មានប្រភពដែលមានលេខកូដនេះក្នុងបញ្ជីប្រភពព័ត៌មានទេ។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The register already has a source with this code.</source>
        <translation>បញ្ជីប្រភពព័ត៌មានមានប្រភពដែលមានលេខកូដនេះរួចហើយ។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This source&apos;s sealed details cannot be opened: they were altered or sealed under another key.</source>
        <translation>មិនអាចបើកព័ត៌មានលម្អិតដែលបានដាក់កូដសម្ងាត់របស់ប្រភពនេះបានទេ៖ ព័ត៌មាននោះត្រូវបានកែប្រែ ឬត្រូវបានដាក់កូដសម្ងាត់ដោយសោផ្សេង។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/tipoffs.py" line="-56"/>
        <source>Choose a source code that is in the register and in use.</source>
        <translation>សូមជ្រើសរើសលេខកូដប្រភពដែលមានក្នុងបញ្ជីប្រភពព័ត៌មាន ហើយកំពុងប្រើ។</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A closed tip-off is not changed any more.</source>
        <translation>ព័ត៌មានតម្រុយដែលបានបិទ មិនអាចកែប្រែបានទៀតទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/cli_reports.py" line="+35"/>
        <source>Enter a date such as 2026-11-28.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទ ដូចជា 2026-11-28។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a time such as 14:30.</source>
        <translation>សូមបញ្ចូលម៉ោង ដូចជា 14:30។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A shift needs both --from and --until, and no --to.</source>
        <translation>វេនមួយត្រូវការទាំង --from និង --until ហើយមិនត្រូវមាន --to ទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/watchlist.py" line="-55"/>
        <source>Entries from headquarters cannot be changed on this desk; the next list from headquarters replaces them.</source>
        <translation>កំណត់ត្រាពីទីស្នាក់ការកណ្តាលមិនអាចកែប្រែនៅលើតុការងារនេះបានទេ។ បញ្ជីបន្ទាប់ពីទីស្នាក់ការកណ្តាលនឹងជំនួសពួកវា។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_period.py" line="+47"/>
        <source>The last day cannot be before the first day.</source>
        <translation>ថ្ងៃចុងក្រោយមិនអាចនៅមុនថ្ងៃដំបូងបានទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report covers at most 366 days.</source>
        <translation>របាយការណ៍មួយគ្របដណ្តប់យ៉ាងច្រើន 366 ថ្ងៃ។</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>This is not a report period.</source>
        <translation>នេះមិនមែនជារយៈពេលរបាយការណ៍ទេ។</translation>
    </message>
    <message>
        <location filename="../piu_desk/cli_releases.py" line="+42"/>
        <source>Give the expiry as a date, YYYY-MM-DD.</source>
        <translation>សូមផ្តល់កាលបរិច្ឆេទផុតកំណត់ជាទម្រង់ YYYY-MM-DD។</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/releases.py" line="+51"/>
        <source>The release must expire after today ({today}). Choose a later date.</source>
        <translation>កំណែនេះត្រូវផុតកំណត់ក្រោយថ្ងៃនេះ ({today})។ សូមជ្រើសរើសកាលបរិច្ឆេទក្រោយជាងនេះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note is too long: at most {max} characters.</source>
        <translation>កំណត់សម្គាល់វែងពេក៖ យ៉ាងច្រើន {max} តួអក្សរ។</translation>
    </message>
</context>
<context>
    <name>VerificationSection</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_section.py" line="+68"/>
        <source>Verification</source>
        <translation>ការផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a campaign…</source>
        <translation>ចាប់ផ្តើមយុទ្ធនាការ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as PDF…</source>
        <translation>របាយការណ៍ជា PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due for verification: {count} items never verified, or not in the last 12 months</source>
        <translation>ដល់កំណត់ផ្ទៀងផ្ទាត់៖ សម្ភារៈ {count} មិនដែលបានផ្ទៀងផ្ទាត់ ឬមិនបានផ្ទៀងផ្ទាត់ក្នុងរយៈពេល 12 ខែចុងក្រោយ</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/verify_dialog.py" line="+72"/>
        <source>Verify a printed report</source>
        <translation>ផ្ទៀងផ្ទាត់របាយការណ៍ដែលបានបោះពុម្ព</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the report number and the verification code printed at the foot of every page of the paper copy.</source>
        <translation>សូមវាយលេខរបាយការណ៍ និងលេខកូដផ្ទៀងផ្ទាត់ ដែលបោះពុម្ពនៅខាងក្រោមនៃទំព័រនីមួយៗរបស់ច្បាប់ចម្លងក្រដាស។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report &amp;number:</source>
        <translation>លេខរបាយការណ៍៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification &amp;code:</source>
        <translation>លេខកូដផ្ទៀងផ្ទាត់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>ពិនិត្យ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type both the report number and the verification code.</source>
        <translation>សូមវាយទាំងលេខរបាយការណ៍ និងលេខកូដផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Period: {period}
Language: {language}</source>
        <translation>រយៈពេល៖ {period}
ភាសា៖ {language}</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../piu_desk/ui/inspections/versions.py" line="-82"/>
        <source>No.</source>
        <translation>ល.រ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>ធ្វើដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before this amendment:</source>
        <translation>មុនវិសោធនកម្មនេះ៖</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Started %1 · %2 · officers: %3</source>
        <translation>ចាប់ផ្តើម %1 · %2 · មន្ត្រី៖ %3</translation>
    </message>
</context>
<context>
    <name>VesselDialog</name>
    <message>
        <location filename="../piu_desk/ui/records/vessel_dialog.py" line="+146"/>
        <source>Register a vessel</source>
        <translation>ចុះបញ្ជីនាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vessel</source>
        <translation>កែប្រែព័ត៌មាននាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag state:</source>
        <translation>រដ្ឋទង់ជាតិ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number:</source>
        <translation>លេខ IMO៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MMSI:</source>
        <translation>MMSI៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign:</source>
        <translation>សញ្ញាហៅ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type (AIS):</source>
        <translation>ប្រភេទ (AIS)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross tonnage:</source>
        <translation>តោនសរុប៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner or operator:</source>
        <translation>ម្ចាស់ ឬប្រតិបត្តិករ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As written on the hull or certificate</source>
        <translation>ដូចដែលសរសេរនៅលើតួនាវា ឬវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 letters or the country&apos;s name, e.g. KHM</source>
        <translation>អក្សរ 3 ឬឈ្មោះប្រទេស ឧ. KHM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 digits; small craft may have none</source>
        <translation>7 ខ្ទង់ (នាវាតូចអាចគ្មាន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 digits</source>
        <translation>9 ខ្ទង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The former name and flag are kept in the vessel&apos;s history.</source>
        <translation>ឈ្មោះ និងទង់ជាតិពីមុនត្រូវបានរក្សាទុកក្នុងប្រវត្តិរបស់នាវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this vessel</source>
        <translation>ប្រើនាវានេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this vessel</source>
        <translation>បើកនាវានេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation>ចុះបញ្ជី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>VesselPage</name>
    <message>
        <location filename="../piu_desk/ui/records/vessel_page.py" line="+83"/>
        <source>New arrival…</source>
        <translation>ការមកដល់ថ្មី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែប្រែ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag state:</source>
        <translation>រដ្ឋទង់ជាតិ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number:</source>
        <translation>លេខ IMO៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MMSI:</source>
        <translation>MMSI៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign:</source>
        <translation>សញ្ញាហៅ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type (AIS):</source>
        <translation>ប្រភេទ (AIS)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross tonnage:</source>
        <translation>តោនសរុប៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner or operator:</source>
        <translation>ម្ចាស់ ឬប្រតិបត្តិករ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former names and flags</source>
        <translation>ឈ្មោះ និងទង់ជាតិពីមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port calls</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No former name or flag is recorded.</source>
        <translation>មិនមានឈ្មោះ ឬទង់ជាតិពីមុនត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>ទង់ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ចាប់ពី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>រហូតដល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure</source>
        <translation>ចេញដំណើរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last port</source>
        <translation>កំពង់ផែមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next port</source>
        <translation>កំពង់ផែបន្ទាប់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berth</source>
        <translation>ចំណត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voyage</source>
        <translation>ជើងដំណើរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew</source>
        <translation>នាវិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>ភ្នាក់ងារនាវា</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Vessel · %1 port calls recorded</source>
        <translation>នាវា · បានកត់ត្រាការចូលចតកំពង់ផែចំនួន %1</translation>
    </message>
</context>
<context>
    <name>VesselsModel</name>
    <message>
        <location filename="../piu_desk/ui/records/vessels_view.py" line="+87"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>ទង់ជាតិ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMO</source>
        <translation>IMO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MMSI</source>
        <translation>MMSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign</source>
        <translation>សញ្ញាហៅ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type (AIS)</source>
        <translation>ប្រភេទ (AIS)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross tonnage</source>
        <translation>តោនសរុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner or operator</source>
        <translation>ម្ចាស់ ឬប្រតិបត្តិករ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Formerly: %1</source>
        <translation>ពីមុន៖ %1</translation>
    </message>
</context>
<context>
    <name>VesselsView</name>
    <message>
        <location line="+61"/>
        <source>Vessels</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a vessel…</source>
        <translation>ចុះបញ្ជីនាវា…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the vessel&apos;s name, now or formerly</source>
        <translation>ផ្នែកនៃឈ្មោះនាវា បច្ចុប្បន្ន ឬពីមុន</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vessels: %1</source>
        <translation>នាវា៖ %1</translation>
    </message>
</context>
<context>
    <name>WatchEntryDialog</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_dialog.py" line="+182"/>
        <source>Aliases:</source>
        <translation>ឈ្មោះផ្សេង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former names:</source>
        <translation>ឈ្មោះពីមុន៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name and given names, as in the passport</source>
        <translation>នាមត្រកូល និងនាមខ្លួន ដូចក្នុងលិខិតឆ្លងដែន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As written on the hull or certificate</source>
        <translation>ដូចដែលសរសេរនៅលើតួនាវា ឬវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watchlist entry from HQ</source>
        <translation>កំណត់ត្រាក្នុងបញ្ជីតាមដានពីទីស្នាក់ការកណ្តាល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New watchlist entry</source>
        <translation>កំណត់ត្រាថ្មីក្នុងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit watchlist entry</source>
        <translation>កែប្រែកំណត់ត្រាក្នុងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is a:</source>
        <translation>កំណត់ត្រានេះជា៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth:</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality:</source>
        <translation>សញ្ជាតិ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number:</source>
        <translation>លេខ IMO៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MMSI:</source>
        <translation>MMSI៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign:</source>
        <translation>សញ្ញាហៅ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag state:</source>
        <translation>រដ្ឋទង់ជាតិ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>មូលហេតុ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuing unit:</source>
        <translation>អង្គភាពចេញ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on:</source>
        <translation>ចេញនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires on:</source>
        <translation>ផុតកំណត់នៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling code:</source>
        <translation>លេខកូដចាត់ចែង៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin:</source>
        <translation>ប្រភពដើម៖</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HQ issued this entry. It cannot be changed on this desk: HQ&apos;s next list replaces it. Ask HQ if something in it is wrong.</source>
        <translation>ទីស្នាក់ការកណ្តាលបានចេញកំណត់ត្រានេះ។ វាមិនអាចកែប្រែនៅលើតុការងារនេះបានទេ៖ បញ្ជីបន្ទាប់របស់ទីស្នាក់ការកណ្តាលនឹងជំនួសវា។ សូមសាកសួរទីស្នាក់ការកណ្តាល ប្រសិនបើមានអ្វីមិនត្រឹមត្រូវនៅក្នុងវា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to the watchlist</source>
        <translation>បន្ថែមទៅក្នុងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>Watchlist</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_fields.py" line="+93"/>
        <source>year-month-day, e.g. 2026-04-25</source>
        <translation>ឆ្នាំ-ខែ-ថ្ងៃ ឧ. 2026-04-25</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One a line: other spellings, other orders, names run together</source>
        <translation>មួយបន្ទាត់មួយ៖ អក្ខរាវិរុទ្ធផ្សេង លំដាប់ផ្សេង ឈ្មោះសរសេរជាប់គ្នា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1985-04-25, or the year only: 1985</source>
        <translation>1985-04-25 ឬតែឆ្នាំ៖ 1985</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 letters, e.g. VNM</source>
        <translation>អក្សរ 3 ឧ. VNM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport or seafarer&apos;s book numbers, one a line</source>
        <translation>លេខលិខិតឆ្លងដែន ឬលេខសៀវភៅនាវិក មួយបន្ទាត់មួយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7 digits</source>
        <translation>7 ខ្ទង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 digits</source>
        <translation>9 ខ្ទង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 letters, e.g. KHM</source>
        <translation>អក្សរ 3 ឧ. KHM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this entry is on the watchlist, and what to do on a match</source>
        <translation>មូលហេតុដែលកំណត់ត្រានេះស្ថិតក្នុងបញ្ជីតាមដាន និងអ្វីដែលត្រូវធ្វើនៅពេលមានការផ្គូផ្គង</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_texts.py" line="+55"/>
        <source>Aliases:</source>
        <translation>ឈ្មោះផ្សេង៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Former names:</source>
        <translation>ឈ្មោះពីមុន៖</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>IMO {imo}</source>
        <translation>IMO {imo}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MMSI {mmsi}</source>
        <translation>MMSI {mmsi}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>call sign {call_sign}</source>
        <translation>សញ្ញាហៅ {call_sign}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EXPIRED {date}</source>
        <translation>ផុតកំណត់ {date}</translation>
    </message>
</context>
<context>
    <name>WatchlistDonePage</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import_preview.py" line="+238"/>
        <source>Watchlist imported</source>
        <translation>បញ្ជីតាមដានត្រូវបាននាំចូល</translation>
    </message>
</context>
<context>
    <name>WatchlistImportDialog</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import.py" line="+78"/>
        <source>Import a watchlist</source>
        <translation>នាំចូលបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the watchlist</source>
        <translation>ជ្រើសរើសបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>បញ្ជីតាមដាន (*.xlsx *.csv);;ឯកសារ Excel (*.xlsx);;ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading {name}…</source>
        <translation>កំពុងអាន {name}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported.</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No row is valid, so there is nothing to import. Correct the list and choose it again.</source>
        <translation>គ្មានជួរដេកណាត្រឹមត្រូវទេ ដូច្នេះគ្មានអ្វីត្រូវនាំចូលទេ។ សូមកែបញ្ជី ហើយជ្រើសរើសវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the list, so the audit trail says where the entries came from.</source>
        <translation>សូមដាក់ឈ្មោះបញ្ជី ដើម្បីឲ្យកំណត់ហេតុសវនកម្មបង្ហាញថាកំណត់ត្រាទាំងនេះមកពីណា។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the valid entry</source>
        <translation>នាំចូលកំណត់ត្រាដែលត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import {count} valid entries</source>
        <translation>នាំចូលកំណត់ត្រាត្រឹមត្រូវ {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importing the watchlist…</source>
        <translation>កំពុងនាំចូលបញ្ជីតាមដាន…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 row has problems and will NOT be imported.</source>
        <translation>ជួរដេក 1 មានបញ្ហា ហើយនឹងមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows have problems and will NOT be imported.</source>
        <translation>ជួរដេក {count} មានបញ្ហា ហើយនឹងមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the {count} valid entries are saved now. Correct the other rows in the list and import it again; import only those rows then, or the valid ones are listed twice.</source>
        <translation>ឥឡូវនេះ មានតែកំណត់ត្រាត្រឹមត្រូវចំនួន {count} ប៉ុណ្ណោះដែលត្រូវបានរក្សាទុក។ សូមកែជួរដេកផ្សេងទៀតក្នុងបញ្ជី ហើយនាំចូលម្តងទៀត។ ពេលនោះ សូមនាំចូលតែជួរដេកទាំងនោះ បើមិនដូច្នោះទេ កំណត់ត្រាត្រឹមត្រូវនឹងមានក្នុងបញ្ជីពីរដង។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid entries only?</source>
        <translation>នាំចូលតែកំណត់ត្រាដែលត្រឹមត្រូវឬ?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported 1 entry from {source}.</source>
        <translation>បាននាំចូលកំណត់ត្រា 1 ពី {source}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} entries from {source}.</source>
        <translation>បាននាំចូលកំណត់ត្រា {count} ពី {source}។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} rows with problems were not imported. Correct them in the list and import those rows again.</source>
        <translation>ជួរដេកដែលមានបញ្ហាចំនួន {count} មិនត្រូវបាននាំចូលទេ។ សូមកែពួកវាក្នុងបញ្ជី ហើយនាំចូលជួរដេកទាំងនោះម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>WatchlistModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_model.py" line="+120"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name and aliases</source>
        <translation>ឈ្មោះ និងឈ្មោះផ្សេង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born / IMO</source>
        <translation>កំណើត / IMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality / flag</source>
        <translation>សញ្ជាតិ / ទង់ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ប្រភពដើម</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing unit</source>
        <translation>អង្គភាពចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>ចេញនៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>ការចាត់ចែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>ស្ថានីយ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Expired: this entry no longer raises alerts.</source>
        <translation>ផុតកំណត់៖ កំណត់ត្រានេះលែងបង្កការជូនដំណឹងទៀតហើយ។</translation>
    </message>
</context>
<context>
    <name>WatchlistPreviewPage</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import_preview.py" line="-85"/>
        <source>Choose another file…</source>
        <translation>ជ្រើសរើសឯកសារផ្សេង…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entries come from:</source>
        <translation>កំណត់ត្រាទាំងនេះមកពី៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk (local entries)</source>
        <translation>តុការងារនេះ (កំណត់ត្រាក្នុងមូលដ្ឋាន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the list:</source>
        <translation>ឈ្មោះបញ្ជី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the audit trail will name this import, e.g. HQ circular 14/2026</source>
        <translation>ឈ្មោះដែលកំណត់ហេតុសវនកម្មនឹងប្រើសម្រាប់ការនាំចូលនេះ ឧ. សារាចរទីស្នាក់ការកណ្តាល 14/2026</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>File: {name}</source>
        <translation>ឯកសារ៖ {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{valid} valid, {problems} with problems</source>
        <translation>ត្រឹមត្រូវ {valid}, មានបញ្ហា {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All ({count})</source>
        <translation>ទាំងអស់ ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems ({count})</source>
        <translation>មានបញ្ហា ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid ({count})</source>
        <translation>ត្រឹមត្រូវ ({count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a row to read all that was found in it.</source>
        <translation>សូមជ្រើសរើសជួរដេកមួយ ដើម្បីអានអ្វីៗទាំងអស់ដែលបានរកឃើញក្នុងនោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet row {row} is valid.</source>
        <translation>ជួរដេក {row} នៃសន្លឹកតារាងត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet row {row} will not be imported:</source>
        <translation>ជួរដេក {row} នៃសន្លឹកតារាងនឹងមិនត្រូវបាននាំចូលទេ៖</translation>
    </message>
</context>
<context>
    <name>WatchlistSection</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_section.py" line="+136"/>
        <source>Watchlist</source>
        <translation>បញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person…</source>
        <translation>បន្ថែមបុគ្គល…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a vessel…</source>
        <translation>បន្ថែមនាវា…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a list…</source>
        <translation>នាំចូលបញ្ជី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild screening index</source>
        <translation>បង្កើតលិបិក្រមពិនិត្យធៀបឡើងវិញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rewrite the index screening uses to find candidates quickly, from every entry. Needed only after an update of the matching rules, or if screening misses an entry it should find.</source>
        <translation>សរសេរឡើងវិញនូវលិបិក្រមដែលការពិនិត្យធៀបប្រើដើម្បីរកបេក្ខភាពបានរហ័ស ពីកំណត់ត្រាទាំងអស់។ ត្រូវការតែក្រោយពេលធ្វើបច្ចុប្បន្នភាពច្បាប់ផ្គូផ្គង ឬប្រសិនបើការពិនិត្យធៀបរំលងកំណត់ត្រាដែលវាគួររកឃើញ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persons and vessels</source>
        <translation>បុគ្គល និងនាវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessels</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find:</source>
        <translation>ស្វែងរក៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a name, a document, IMO, MMSI or call sign, the reason or the unit</source>
        <translation>ផ្នែកនៃឈ្មោះ ឯកសារ IMO MMSI ឬសញ្ញាហៅ មូលហេតុ ឬអង្គភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show expired entries</source>
        <translation>បង្ហាញកំណត់ត្រាដែលផុតកំណត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired entries are greyed and marked EXPIRED; they no longer raise alerts.</source>
        <translation>កំណត់ត្រាដែលផុតកំណត់ត្រូវបានបង្ហាញពណ៌ប្រផេះ និងសម្គាល់ថា «ផុតកំណត់»។ ពួកវាលែងបង្កការជូនដំណឹងទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{shown} of {total} entries</source>
        <translation>កំណត់ត្រា {shown} ក្នុងចំណោម {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} entries</source>
        <translation>កំណត់ត្រា {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} expired</source>
        <translation>ផុតកំណត់ {count}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Rebuilding the screening index…</source>
        <translation>កំពុងបង្កើតលិបិក្រមពិនិត្យធៀបឡើងវិញ…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The screening index was rebuilt from {count} entries.</source>
        <translation>លិបិក្រមពិនិត្យធៀបត្រូវបានបង្កើតឡើងវិញពីកំណត់ត្រា {count}។</translation>
    </message>
</context>
<context>
    <name>WatchlistStartPage</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import_preview.py" line="-150"/>
        <source>Import a watchlist</source>
        <translation>នាំចូលបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the list as an Excel workbook (.xlsx) or a CSV file. Its first table row names the columns; it needs at least &apos;type&apos; (person or vessel) and &apos;names&apos; (aliases and former names separated by ;). Other columns: dob, nationality, documents, IMO, MMSI, call sign, flag, reason, issuer, issued, expires, handling. You will see every row and what was found in it before anything is saved.</source>
        <translation>សូមជ្រើសរើសបញ្ជីជាឯកសារ Excel (.xlsx) ឬឯកសារ CSV។ ជួរដេកទីមួយនៃតារាងដាក់ឈ្មោះជួរឈរ។ យ៉ាងហោចណាស់ត្រូវមាន &apos;type&apos; (person ឬ vessel) និង &apos;names&apos; (ឈ្មោះផ្សេង និងឈ្មោះពីមុន បំបែកដោយ ;)។ ជួរឈរផ្សេងទៀត៖ dob (ថ្ងៃខែឆ្នាំកំណើត), nationality (សញ្ជាតិ), documents (ឯកសារ), IMO, MMSI, call sign (សញ្ញាហៅ), flag (ទង់ជាតិ), reason (មូលហេតុ), issuer (អង្គភាពចេញ), issued (ថ្ងៃចេញ), expires (ផុតកំណត់), handling (ការចាត់ចែង)។ អ្នកនឹងឃើញជួរដេកនីមួយៗ និងអ្វីដែលបានរកឃើញក្នុងនោះ មុនពេលអ្វីមួយត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the file…</source>
        <translation>ជ្រើសរើសឯកសារ…</translation>
    </message>
</context>
<context>
    <name>WriteKeysDialog</name>
    <message>
        <location filename="../piu_desk/ui/exchange/enrolment_dialogs.py" line="+123"/>
        <source>Enrol a station</source>
        <translation>ចុះបញ្ជីស្ថានីយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this desk&apos;s key file</source>
        <translation>សរសេរឯកសារសោរបស់តុការងារនេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ writes an enrolment file for the station and takes it there on the stick. The station imports it after HQ reads its fingerprint out by phone.</source>
        <translation>ទីស្នាក់ការកណ្តាលសរសេរឯកសារចុះបញ្ជីសម្រាប់ស្ថានីយ ហើយយកវាទៅស្ថានីយនោះតាម USB។ ស្ថានីយនាំចូលឯកសារនោះ បន្ទាប់ពីទីស្នាក់ការកណ្តាលអានស្នាមម្រាមដៃសោរបស់ខ្លួនប្រាប់តាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk&apos;s key file goes to HQ on the stick. HQ pins it after you read this desk&apos;s fingerprint out by phone.</source>
        <translation>ឯកសារសោរបស់តុការងារនេះត្រូវយកទៅទីស្នាក់ការកណ្តាលតាម USB។ ទីស្នាក់ការកណ្តាលកំណត់ជាប់វា បន្ទាប់ពីអ្នកអានស្នាមម្រាមដៃសោរបស់តុការងារនេះប្រាប់តាមទូរស័ព្ទ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station id (UN/LOCODE):</source>
        <translation>លេខសម្គាល់ស្ថានីយ (UN/LOCODE)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example KHKMT</source>
        <translation>ឧទាហរណ៍ KHKMT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station name:</source>
        <translation>ឈ្មោះស្ថានីយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it to:</source>
        <translation>សរសេរទៅ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the stick or a folder</source>
        <translation>ជ្រើសរើស USB ឬថត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the file</source>
        <translation>សរសេរឯកសារ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to write the file</source>
        <translation>កន្លែងសរសេរឯកសារ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the stick or a folder to write the file to.</source>
        <translation>សូមជ្រើសរើស USB ឬថតដែលត្រូវសរសេរឯកសារទៅ។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Written: {file}</source>
        <translation>បានសរសេរ៖ {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read this to the station by phone:</source>
        <translation>សូមអានកូដនេះប្រាប់ស្ថានីយតាមទូរស័ព្ទ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this to HQ by phone:</source>
        <translation>សូមអានកូដនេះប្រាប់ទីស្នាក់ការកណ្តាលតាមទូរស័ព្ទ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only letters and the digits 2 to 7 occur: an O is always the letter O, an I the letter I.</source>
        <translation>កូដនេះមានតែអក្សរ និងលេខពី 2 ដល់ 7 ប៉ុណ្ណោះ៖ O គឺជាអក្សរ O ជានិច្ច ហើយ I គឺជាអក្សរ I ជានិច្ច។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station types it in when it imports the file; then it writes its own key file, which you pin here with &quot;Pin a station&apos;s keys…&quot;.</source>
        <translation>ស្ថានីយវាយបញ្ចូលកូដនេះ នៅពេលនាំចូលឯកសារ។ បន្ទាប់មក ស្ថានីយសរសេរឯកសារសោរបស់ខ្លួន ដែលអ្នកកំណត់ជាប់នៅទីនេះដោយប្រើ «កំណត់ជាប់សោរបស់ស្ថានីយ…»។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ types it in when it pins this file. Bundles to HQ can be read there only after that.</source>
        <translation>ទីស្នាក់ការកណ្តាលវាយបញ្ចូលកូដនេះ នៅពេលកំណត់ជាប់ឯកសារនេះ។ កញ្ចប់ទិន្នន័យដែលផ្ញើទៅទីស្នាក់ការកណ្តាលអាចអានបាននៅទីនោះ លុះត្រាតែបន្ទាប់ពីនោះ។</translation>
    </message>
</context>
<context>
    <name>_PortCallDialog</name>
    <message>
        <location filename="../piu_desk/ui/records/arrival_dialog.py" line="-134"/>
        <source>Port call</source>
        <translation>ការចូលចតកំពង់ផែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>_TaskDialog</name>
    <message>
        <location filename="../piu_desk/ui/admin/user_dialog.py" line="-142"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
</TS>
