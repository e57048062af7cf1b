<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboardTab</name>
    <message>
        <location filename="../piu_desk/ui/records/port_call_tabs.py" line="+80"/>
        <source>No person has been recorded as found aboard.</source>
        <translation>No person has been recorded as found aboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard…</source>
        <translation>Person found aboard…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age or date of birth</source>
        <translation>Age or date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where and how found</source>
        <translation>Where and how found</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_acceptance.py" line="+48"/>
        <source>Items:</source>
        <translation>Items:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form to sign:</source>
        <translation>Form to sign:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acceptance by the recipient</source>
        <translation>Acceptance by the recipient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued to {holder}. Print the acceptance form and have it signed; then record the acceptance. Choose Later if the form is not signed yet.</source>
        <translation>Issued to {holder}. Print the acceptance form and have it signed; then record the acceptance. Choose Later if the form is not signed yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print acceptance form…</source>
        <translation>Print acceptance form…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the person who signed</source>
        <translation>Name of the person who signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record acceptance</source>
        <translation>Record acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the acceptance form…</source>
        <translation>Preparing the acceptance form…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../piu_desk/core/accounts.py" line="+42"/>
        <source>add account</source>
        <translation>add account</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>change roles</source>
        <translation>change roles</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+124"/>
        <source>edit account</source>
        <translation>edit account</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>disable account</source>
        <translation>disable account</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>enable account</source>
        <translation>enable account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reset password</source>
        <translation>reset password</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>rotate data key</source>
        <translation>rotate data key</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>recovery key</source>
        <translation>recovery key</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/desk.py" line="+376"/>
        <location filename="../piu_desk/core/records/sources.py" line="+71"/>
        <location line="+17"/>
        <location line="+21"/>
        <location line="+15"/>
        <location line="+13"/>
        <source>source register</source>
        <translation>source register</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <location filename="../piu_desk/core/records/tipoffs.py" line="+207"/>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>audit trail</source>
        <translation>audit trail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/maintenance.py" line="+35"/>
        <source>integrity check</source>
        <translation>integrity check</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>restore</source>
        <translation>restore</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/crew.py" line="+28"/>
        <source>record crew list</source>
        <translation>record crew list</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>record person found aboard</source>
        <translation>record person found aboard</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+8"/>
        <source>view crew lists</source>
        <translation>view crew lists</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <location filename="../piu_desk/core/records/persons.py" line="+17"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>view persons</source>
        <translation>view persons</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/inspections.py" line="+35"/>
        <source>record inspection</source>
        <translation>record inspection</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>edit inspection</source>
        <translation>edit inspection</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>submit inspection</source>
        <translation>submit inspection</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+77"/>
        <source>approve inspection</source>
        <translation>approve inspection</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>return inspection</source>
        <translation>return inspection</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>approve your own inspection</source>
        <translation>approve your own inspection</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>amend inspection</source>
        <translation>amend inspection</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../piu_desk/core/reports/gather.py" line="+32"/>
        <source>view inspections</source>
        <translation>view inspections</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/persons.py" line="+6"/>
        <source>link persons</source>
        <translation>link persons</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/port_calls.py" line="+21"/>
        <source>record port call</source>
        <translation>record port call</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>edit port call</source>
        <translation>edit port call</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+7"/>
        <location filename="../piu_desk/core/records/vessels.py" line="+104"/>
        <source>view port calls</source>
        <translation>view port calls</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/search.py" line="+29"/>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/vessels.py" line="-79"/>
        <location line="+58"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>view vessels</source>
        <translation>view vessels</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>register vessel</source>
        <translation>register vessel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>edit vessel</source>
        <translation>edit vessel</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/attachments.py" line="+63"/>
        <source>add attachment</source>
        <translation>add attachment</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>view attachments</source>
        <translation>view attachments</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>remove attachment</source>
        <translation>remove attachment</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>save a copy of an attachment</source>
        <translation>save a copy of an attachment</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/officers.py" line="+16"/>
        <source>name boarding officers</source>
        <translation>name boarding officers</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/crew_import.py" line="+52"/>
        <location line="+84"/>
        <source>import crew list</source>
        <translation>import crew list</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/assets.py" line="+17"/>
        <source>view the equipment register</source>
        <translation>view the equipment register</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>add equipment</source>
        <translation>add equipment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>edit equipment</source>
        <translation>edit equipment</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/campaigns.py" line="+91"/>
        <location line="+42"/>
        <location line="+25"/>
        <location line="+10"/>
        <source>verify equipment</source>
        <translation>verify equipment</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/custody.py" line="+58"/>
        <source>issue equipment</source>
        <translation>issue equipment</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>record acceptance for another</source>
        <translation>record acceptance for another</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>return equipment</source>
        <translation>return equipment</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>transfer equipment</source>
        <translation>transfer equipment</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/handover.py" line="+21"/>
        <source>import a handover list</source>
        <translation>import a handover list</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/incidents.py" line="+45"/>
        <location line="+31"/>
        <source>report an equipment incident</source>
        <translation>report an equipment incident</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dispose of equipment</source>
        <translation>dispose of equipment</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/maintenance.py" line="+49"/>
        <source>plan equipment maintenance</source>
        <translation>plan equipment maintenance</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>record equipment maintenance</source>
        <translation>record equipment maintenance</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>send equipment for repair</source>
        <translation>send equipment for repair</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/alerts.py" line="+51"/>
        <location line="+22"/>
        <source>screen against the watchlist</source>
        <translation>screen against the watchlist</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+24"/>
        <source>view alerts</source>
        <translation>view alerts</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>dispose of alert</source>
        <translation>dispose of alert</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/watchlist.py" line="+29"/>
        <location line="+14"/>
        <source>edit watchlist</source>
        <translation>edit watchlist</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/releases.py" line="+26"/>
        <source>publish the watchlist</source>
        <translation>publish the watchlist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/intel/watchlist.py" line="+19"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>view watchlist</source>
        <translation>view watchlist</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/watchlist.py" line="+8"/>
        <source>import watchlist</source>
        <translation>import watchlist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rebuild screening index</source>
        <translation>rebuild screening index</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/sources.py" line="-71"/>
        <location filename="../piu_desk/core/records/tipoffs.py" line="-36"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>view tip-offs</source>
        <translation>view tip-offs</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/tipoffs.py" line="-126"/>
        <source>log tip-off</source>
        <translation>log tip-off</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+50"/>
        <location line="+14"/>
        <location line="+13"/>
        <source>edit tip-off</source>
        <translation>edit tip-off</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>grade tip-off</source>
        <translation>grade tip-off</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>change tip-off status</source>
        <translation>change tip-off status</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_figures.py" line="+53"/>
        <source>daily report</source>
        <translation>daily report</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/dashboard_figures.py" line="+36"/>
        <source>my day</source>
        <translation>my day</translation>
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
        <translation>exchange</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/sync/conflicts.py" line="+15"/>
        <source>exchange conflicts</source>
        <translation>exchange conflicts</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/rotation.py" line="+39"/>
        <location filename="../piu_desk/core/exchange/sync/keys.py" line="+105"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+21"/>
        <source>exchange keys</source>
        <translation>exchange keys</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/sync/peers.py" line="+35"/>
        <source>exchange partners</source>
        <translation>exchange partners</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/enrolment.py" line="+39"/>
        <source>enrolment</source>
        <translation>enrolment</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/stations.py" line="+17"/>
        <source>view records</source>
        <translation>view records</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../piu_desk/ui/wizard.py" line="+158"/>
        <source>The administrator</source>
        <translation>The administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 3: the first account. It can add the other officers&apos; accounts later.</source>
        <translation>Step 2 of 3: the first account. It can add the other officers&apos; accounts later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a password of at least 10 characters that only you know. A sentence of several words is easy to remember and hard to guess.</source>
        <translation>Choose a password of at least 10 characters that only you know. A sentence of several words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example dara</source>
        <translation>for example dara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the encrypted store. This takes a few seconds…</source>
        <translation>Creating the encrypted store. This takes a few seconds…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AdminSection</name>
    <message>
        <location filename="../piu_desk/ui/admin/section.py" line="+70"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
</context>
<context>
    <name>AlertDetail</name>
    <message>
        <location filename="../piu_desk/ui/intel/alert_detail.py" line="+101"/>
        <source>What we saw</source>
        <translation>What we saw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the watchlist says</source>
        <translation>What the watchlist says</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked:</source>
        <translation>Marked:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same on both sides</source>
        <translation>the same on both sides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close: a spelling, a digit or a year apart</source>
        <translation>close: a spelling, a digit or a year apart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the person&apos;s page</source>
        <translation>Open the person&apos;s page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the port call</source>
        <translation>Open the port call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the vessel&apos;s page</source>
        <translation>Open the vessel&apos;s page</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score %1 · raised %2 ·</source>
        <translation>Score %1 · raised %2 ·</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../piu_desk/ui/intel/alert_facts.py" line="+48"/>
        <source>Names:</source>
        <translation>Names:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number:</source>
        <translation>IMO number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMSI:</source>
        <translation>MMSI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign:</source>
        <translation>Call sign:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag state:</source>
        <translation>Flag state:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating:</source>
        <translation>Rank or rating:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circumstances:</source>
        <translation>Circumstances:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call:</source>
        <translation>Port call:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing unit:</source>
        <translation>Issuing unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered:</source>
        <translation>Entered:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued:</source>
        <translation>Issued:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Expires:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (year only)</source>
        <translation>%1 (year only)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>formerly %1</source>
        <translation>formerly %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>age %1</source>
        <translation>age %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This record is no longer in the store.</source>
        <translation>This record is no longer in the store.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This entry is no longer on the watchlist.</source>
        <translation>This entry is no longer on the watchlist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The same on both sides</source>
        <translation>The same on both sides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close on both sides</source>
        <translation>Close on both sides</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/intel/alert_marks.py" line="+34"/>
        <source>Confirmed watchlist match</source>
        <translation>Confirmed watchlist match</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>An officer confirmed that this is the person or vessel on the watchlist. The alert and its note are in Alerts.</source>
        <translation>An officer confirmed that this is the person or vessel on the watchlist. The alert and its note are in Alerts.</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/intel/alerts_texts.py" line="+30"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(record no longer there)</source>
        <translation>(record no longer there)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew list member</source>
        <translation>Crew list member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard</source>
        <translation>Person found aboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call vessel</source>
        <translation>Port call vessel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found aboard</source>
        <translation>Found aboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{vessel}, arrived {when}</source>
        <translation>{vessel}, arrived {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(entry no longer on the watchlist)</source>
        <translation>(entry no longer on the watchlist)</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/alerts_model.py" line="+68"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was screened</source>
        <translation>What was screened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port call</source>
        <translation>Port call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry</source>
        <translation>Watchlist entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, raised at %2</source>
        <translation>%1, raised at %2</translation>
    </message>
</context>
<context>
    <name>AlertsSection</name>
    <message>
        <location filename="../piu_desk/ui/intel/alerts_section.py" line="+160"/>
        <source>Watchlist alerts</source>
        <translation>Watchlist alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All (open first)</source>
        <translation>All (open first)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The newest %1 of %2 alerts</source>
        <translation>The newest %1 of %2 alerts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 alert(s)</source>
        <translation>%1 alert(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 alerts of each status are listed.</source>
        <translation>At most %1 alerts of each status are listed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No alert is waiting for a decision. Crew lists, persons found aboard and arriving vessels are screened against the watchlist as they are recorded.</source>
        <translation>No alert is waiting for a decision. Crew lists, persons found aboard and arriving vessels are screened against the watchlist as they are recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No alert has been decided yet.</source>
        <translation>No alert has been decided yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no alerts.</source>
        <translation>There are no alerts.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Alert %1 recorded as: %2.</source>
        <translation>Alert %1 recorded as: %2.</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueModel</name>
    <message>
        <location filename="../piu_desk/ui/inspections/queue_model.py" line="+69"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection started</source>
        <translation>Inspection started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boarding officers</source>
        <translation>Boarding officers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ApprovalsSection</name>
    <message>
        <location filename="../piu_desk/ui/inspections/approvals.py" line="+145"/>
        <source>Inspections waiting for approval</source>
        <translation>Inspections waiting for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No inspection is waiting for approval.</source>
        <translation>No inspection is waiting for approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>Your decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment for the officer (required to return):</source>
        <translation>&amp;Comment for the officer (required to return):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to change before you can approve it?</source>
        <translation>What has to change before you can approve it?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return with comment</source>
        <translation>Return with comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You were one of the boarding officers: another supervisor approves this inspection.</source>
        <translation>You were one of the boarding officers: another supervisor approves this inspection.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Approved: the inspection of %1.</source>
        <translation>Approved: the inspection of %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Returned to the officer with your comment: the inspection of %1.</source>
        <translation>Returned to the officer with your comment: the inspection of %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentCopy</name>
    <message>
        <location filename="../piu_desk/ui/inspections/viewer.py" line="+109"/>
        <source>Save an unencrypted copy?</source>
        <translation>Save an unencrypted copy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of %1 is written to the disk unencrypted: anyone who gets that disk or USB stick can open it.</source>
        <translation>The copy of %1 is written to the disk unencrypted: anyone who gets that disk or USB stick can open it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save it only where it must go, and delete it when it is no longer needed. The copy is recorded in the audit trail.</source>
        <translation>Save it only where it must go, and delete it when it is no longer needed. The copy is recorded in the audit trail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save…</source>
        <translation>Choose where to save…</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../piu_desk/ui/inspections/attachments_model.py" line="+111"/>
        <source>%1 · kept when the inspection is saved</source>
        <translation>%1 · kept when the inspection is saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · added by %2 on %3</source>
        <translation>%1 · added by %2 on %3</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../piu_desk/ui/inspections/attachments_panel.py" line="+153"/>
        <source>Add photo or document…</source>
        <translation>Add photo or document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG, PNG or TIFF photos and scans, or PDF documents, up to 20 MB each</source>
        <translation>JPEG, PNG or TIFF photos and scans, or PDF documents, up to 20 MB each</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photos or documents.</source>
        <translation>No photos or documents.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add photos or scanned documents</source>
        <translation>Add photos or scanned documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the files…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be shown here. It is kept in the store when the inspection is saved.</source>
        <translation>%1 cannot be shown here. It is kept in the store when the inspection is saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIU Desk does not show this kind of document itself. You can save a copy and open it in another program.</source>
        <translation>PIU Desk does not show this kind of document itself. You can save a copy and open it in another program.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy of %1</source>
        <translation>Save a copy of %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving a copy…</source>
        <translation>Saving a copy…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %1?</source>
        <translation>Remove %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo or document is taken out of this inspection and deleted from the desk.</source>
        <translation>The photo or document is taken out of this inspection and deleted from the desk.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../piu_desk/core/maintenance.py" line="-108"/>
        <source>the audit trail cannot be read: {detail}</source>
        <translation>the audit trail cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/store/audit.py" line="+77"/>
        <source>entry {seq} is missing</source>
        <translation>entry {seq} is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {seq} does not follow entry {previous}</source>
        <translation>entry {seq} does not follow entry {previous}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry {seq} was altered after it was written</source>
        <translation>entry {seq} was altered after it was written</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entries after {seq} were removed</source>
        <translation>entries after {seq} were removed</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../piu_desk/ui/admin/audit_actions.py" line="+13"/>
        <source>Store upgraded (copy kept)</source>
        <translation>Store upgraded (copy kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off logged</source>
        <translation>Tip-off logged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off edited</source>
        <translation>Tip-off edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off graded</source>
        <translation>Tip-off graded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off reopened</source>
        <translation>Tip-off reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off assessed</source>
        <translation>Tip-off assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off actioned</source>
        <translation>Tip-off actioned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off closed</source>
        <translation>Tip-off closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off outcome recorded</source>
        <translation>Tip-off outcome recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off linked to an inspection</source>
        <translation>Tip-off linked to an inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off unlinked from an inspection</source>
        <translation>Tip-off unlinked from an inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source registered</source>
        <translation>Source registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source edited</source>
        <translation>Source edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source identity viewed</source>
        <translation>Source identity viewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source in use again</source>
        <translation>Source in use again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source no longer used</source>
        <translation>Source no longer used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry added</source>
        <translation>Watchlist entry added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry edited</source>
        <translation>Watchlist entry edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist imported</source>
        <translation>Watchlist imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master watchlist published</source>
        <translation>Master watchlist published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert decided</source>
        <translation>Alert decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item added to the register</source>
        <translation>Item added to the register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item edited</source>
        <translation>Item edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover list imported</source>
        <translation>Handover list imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item received from the donor</source>
        <translation>Item received from the donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item issued</source>
        <translation>Item issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt of an item signed</source>
        <translation>Receipt of an item signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item returned</source>
        <translation>Item returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item transferred</source>
        <translation>Item transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item sent for repair</source>
        <translation>Item sent for repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item back from repair</source>
        <translation>Item back from repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance done</source>
        <translation>Maintenance done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item reported damaged</source>
        <translation>Item reported damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item reported lost</source>
        <translation>Item reported lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item reported stolen</source>
        <translation>Item reported stolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item recovered</source>
        <translation>Item recovered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item verified</source>
        <translation>Item verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item disposed of</source>
        <translation>Item disposed of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance scheduled</source>
        <translation>Maintenance scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification started</source>
        <translation>Verification started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification closed</source>
        <translation>Verification closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily report issued</source>
        <translation>Daily report issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed report checked</source>
        <translation>Printed report checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle written</source>
        <translation>Bundle written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle not written</source>
        <translation>Bundle not written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes applied from a bundle</source>
        <translation>Changes applied from a bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange conflict settled</source>
        <translation>Exchange conflict settled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station keys pinned</source>
        <translation>Station keys pinned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station keys revoked</source>
        <translation>Station keys revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station key rotation accepted</source>
        <translation>Station key rotation accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk exchange keys rotated</source>
        <translation>Desk exchange keys rotated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station enrolment prepared</source>
        <translation>Station enrolment prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters enrolment imported</source>
        <translation>Headquarters enrolment imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled station keys pinned</source>
        <translation>Enrolled station keys pinned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk key file written</source>
        <translation>Desk key file written</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../piu_desk/ui/admin/audit_model.py" line="+135"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hash %1</source>
        <translation>Hash %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed log-in</source>
        <translation>Failed log-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk locked</source>
        <translation>Desk locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account added</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account edited</source>
        <translation>Account edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account enabled</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data key rotated</source>
        <translation>Data key rotated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key issued</source>
        <translation>Recovery key issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key used</source>
        <translation>Recovery key used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store created</source>
        <translation>Store created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store warning</source>
        <translation>Store warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel registered</source>
        <translation>Vessel registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel edited</source>
        <translation>Vessel edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call recorded</source>
        <translation>Port call recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call edited</source>
        <translation>Port call edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection recorded</source>
        <translation>Inspection recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection edited</source>
        <translation>Inspection edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection submitted</source>
        <translation>Inspection submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection approved</source>
        <translation>Inspection approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection returned</source>
        <translation>Inspection returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection amended</source>
        <translation>Inspection amended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew list entered</source>
        <translation>Crew list entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew list imported</source>
        <translation>Crew list imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard recorded</source>
        <translation>Person found aboard recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons linked</source>
        <translation>Persons linked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment added</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment removed</source>
        <translation>Attachment removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment copy saved</source>
        <translation>Attachment copy saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report saved as PDF</source>
        <translation>Report saved as PDF</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../piu_desk/ui/admin/audit_view.py" line="+88"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-ins and failed log-ins</source>
        <translation>Log-ins and failed log-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks</source>
        <translation>Locks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data key</source>
        <translation>Data key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store and backups</source>
        <translation>Store and backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessels</source>
        <translation>Vessels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port calls</source>
        <translation>Port calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew lists</source>
        <translation>Crew lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printouts</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute the hash of every entry and name the first one that was altered.</source>
        <translation>Recompute the hash of every entry and name the first one that was altered.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of %2 entries shown; scroll for more</source>
        <translation>%1 of %2 entries shown; scroll for more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 entries</source>
        <translation>%2 entries</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verifying the audit trail…</source>
        <translation>Verifying the audit trail…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verification cancelled after %1 entries; those are intact.</source>
        <translation>Verification cancelled after %1 entries; those are intact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail is intact: %1 entries checked, head hash %2…</source>
        <translation>The audit trail is intact: %1 entries checked, head hash %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail was altered: entry %1 is the first that does not fit the chain (%2). The %3 entries before it are intact. Report this to your supervisor.</source>
        <translation>The audit trail was altered: entry %1 is the first that does not fit the chain (%2). The %3 entries before it are intact. Report this to your supervisor.</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_page.py" line="+143"/>
        <source>← All campaigns</source>
        <translation>← All campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or type a tag:</source>
        <translation>Scan or type a tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a label, or type the tag and press Enter</source>
        <translation>Scan a label, or type the tag and press Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found at:</source>
        <translation>Found at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank: where the register says</source>
        <translation>Blank: where the register says</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As in the register</source>
        <translation>As in the register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan log (latest first)</source>
        <translation>Scan log (latest first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as PDF…</source>
        <translation>Report as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close campaign…</source>
        <translation>Close campaign…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>earlier</source>
        <translation>earlier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} — started {date}</source>
        <translation>{name} — started {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — closed {date}</source>
        <translation> — closed {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Found {found} · Damaged {damaged} · Missing {missing} · Not yet seen {unseen}</source>
        <translation>Found {found} · Damaged {damaged} · Missing {missing} · Not yet seen {unseen}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet seen ({count}): tick by hand</source>
        <translation>Not yet seen ({count}): tick by hand</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{tag}: NOT IN THE REGISTER. Put the item aside and check its label.</source>
        <translation>{tag}: NOT IN THE REGISTER. Put the item aside and check its label.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tag}: SCANNED TWICE. It is already recorded in this campaign.</source>
        <translation>{tag}: SCANNED TWICE. It is already recorded in this campaign.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tag}: found — {item}</source>
        <translation>{tag}: found — {item}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scanned twice</source>
        <translation>scanned twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the register</source>
        <translation>not in the register</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Close {name}?</source>
        <translation>Close {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} items were not seen; they stay as not checked in the report. A closed campaign takes no more scans.</source>
        <translation>{count} items were not seen; they stay as not checked in the report. A closed campaign takes no more scans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and save the report</source>
        <translation>Close and save the report</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_report.py" line="+31"/>
        <source>Preparing the verification report…</source>
        <translation>Preparing the verification report…</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_models.py" line="+23"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started by</source>
        <translation>Started by</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../piu_desk/ui/dialogs.py" line="+61"/>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator set your password. Choose your own now; you cannot continue without it.</source>
        <translation>An administrator set your password. Choose your own now; you cannot continue without it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new password of at least 10 characters.</source>
        <translation>Choose a new password of at least 10 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the password…</source>
        <translation>Changing the password…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
</context>
<context>
    <name>ConflictDetail</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/detail.py" line="+32"/>
        <source>Theirs ({peer})</source>
        <translation>Theirs ({peer})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Keep this desk&apos;s</source>
        <translation>Keep this desk&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pick a conflict in the list to see both versions.</source>
        <translation>Pick a conflict in the list to see both versions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {peer}, {why}, found {when}. {n} of {all} fields differ (highlighted).</source>
        <translation>From {peer}, {why}, found {when}. {n} of {all} fields differ (highlighted).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their record clashes with another record on this desk (the same identifying details, such as an IMO number), so it was not added.</source>
        <translation>Their record clashes with another record on this desk (the same identifying details, such as an IMO number), so it was not added.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk has deleted the record.</source>
        <translation>This desk has deleted the record.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{peer} has deleted the record.</source>
        <translation>{peer} has deleted the record.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settled: {how}.</source>
        <translation>Settled: {how}.</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/labels.py" line="+16"/>
        <location line="+87"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+85"/>
        <source>Port call</source>
        <translation>Port call</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Crew list</source>
        <translation>Crew list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Person aboard</source>
        <translation>Person aboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-off</source>
        <translation>Tip-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry</source>
        <translation>Watchlist entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Equipment item</source>
        <translation>Equipment item</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Equipment event</source>
        <translation>Equipment event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance schedule</source>
        <translation>Maintenance schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification campaign</source>
        <translation>Verification campaign</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed on both sides</source>
        <translation>changed on both sides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clashes with a record here</source>
        <translation>clashes with a record here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept this desk&apos;s</source>
        <translation>kept this desk&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took theirs</source>
        <translation>took theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled at {station}; their choice arrived</source>
        <translation>settled at {station}; their choice arrived</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number</source>
        <translation>IMO number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMSI</source>
        <translation>MMSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review comment</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Grading scheme</source>
        <translation>Grading scheme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling code</source>
        <translation>Handling code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for matching</source>
        <translation>Name for matching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crew members</source>
        <translation>Crew members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former names and flags</source>
        <translation>Former names and flags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity documents</source>
        <translation>Identity documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changes</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked inspections</source>
        <translation>Linked inspections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspecting officers</source>
        <translation>Inspecting officers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance done</source>
        <translation>Maintenance done</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/compare.py" line="+69"/>
        <source>(a file)</source>
        <translation>(a file)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a record not on this desk</source>
        <translation>a record not on this desk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} rows</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{vessel}, arrived {when}</source>
        <translation>{vessel}, arrived {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received {when}</source>
        <translation>received {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/model.py" line="+45"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
</context>
<context>
    <name>ConflictsSection</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/section.py" line="+88"/>
        <source>A record changed both on this desk and at another desk since they last agreed. Both versions were kept and nothing was overwritten. Compare them, then keep this desk&apos;s, take theirs, or merge them field by field; the choice goes out with the next exchange.</source>
        <translation>A record changed both on this desk and at another desk since they last agreed. Both versions were kept and nothing was overwritten. Compare them, then keep this desk&apos;s, take theirs, or merge them field by field; the choice goes out with the next exchange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include settled</source>
        <translation>Include settled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflict is waiting for a decision.</source>
        <translation>No conflict is waiting for a decision.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep this desk&apos;s version of {record}? {peer}&apos;s version is set aside and this desk&apos;s goes to {peer} with the next exchange.</source>
        <translation>Keep this desk&apos;s version of {record}? {peer}&apos;s version is set aside and this desk&apos;s goes to {peer} with the next exchange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take {peer}&apos;s version of {record}? It replaces this desk&apos;s version here.</source>
        <translation>Take {peer}&apos;s version of {record}? It replaces this desk&apos;s version here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the merged version of {record}? It replaces this desk&apos;s version here and goes to {peer} with the next exchange.</source>
        <translation>Save the merged version of {record}? It replaces this desk&apos;s version here and goes to {peer} with the next exchange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this desk&apos;s</source>
        <translation>Keep this desk&apos;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the merge</source>
        <translation>Save the merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle the conflict</source>
        <translation>Settle the conflict</translation>
    </message>
</context>
<context>
    <name>CrewImport</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/texts.py" line="+47"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>same IMO number</source>
        <translation>same IMO number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same MMSI</source>
        <translation>same MMSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same call sign</source>
        <translation>same call sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and flag</source>
        <translation>same name and flag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2, IMO %3)</source>
        <translation>%1 (%2, IMO %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>arrival %1</source>
        <translation>arrival %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>voyage %1</source>
        <translation>voyage %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>CrewImportDialog</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/dialog.py" line="+101"/>
        <source>Import a crew list</source>
        <translation>Import a crew list</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the crew list</source>
        <translation>Choose the crew list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Crew lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file was cancelled; nothing was changed.</source>
        <translation>Reading the file was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No row is valid, so there is nothing to import. Correct the sheet, or the column choices above the rows.</source>
        <translation>No row is valid, so there is nothing to import. Correct the sheet, or the column choices above the rows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the port call this crew list belongs to.</source>
        <translation>Choose the port call this crew list belongs to.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid row</source>
        <translation>Import the valid row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 valid rows</source>
        <translation>Import %1 valid rows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing the crew list…</source>
        <translation>Importing the crew list…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 row has problems and will NOT be imported.</source>
        <translation>1 row has problems and will NOT be imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows have problems and will NOT be imported.</source>
        <translation>%1 rows have problems and will NOT be imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the %1 valid rows are saved now. The rows with problems can be corrected in the sheet and imported later: they are then saved as another crew list of the same port call.</source>
        <translation>Only the %1 valid rows are saved now. The rows with problems can be corrected in the sheet and imported later: they are then saved as another crew list of the same port call.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid rows only?</source>
        <translation>Import the valid rows only?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Imported 1 crew member into the crew list of %2, %3.</source>
        <translation>Imported 1 crew member into the crew list of %2, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 crew members into the crew list of %2, %3.</source>
        <translation>Imported %1 crew members into the crew list of %2, %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vessel %1 was registered from the sheet.</source>
        <translation>The vessel %1 was registered from the sheet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its port call was recorded from the sheet: %1.</source>
        <translation>Its port call was recorded from the sheet: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows with problems were not imported. Correct them in the sheet and import it again; they will make another crew list of this port call.</source>
        <translation>%1 rows with problems were not imported. Correct them in the sheet and import it again; they will make another crew list of this port call.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows were skipped as not crew (signatures, footers, empty numbered lines).</source>
        <translation>%1 rows were skipped as not crew (signatures, footers, empty numbered lines).</translation>
    </message>
</context>
<context>
    <name>CrewListDialog</name>
    <message>
        <location filename="../piu_desk/ui/crew_entry/crew_dialog.py" line="+125"/>
        <source>Crew list</source>
        <translation>Crew list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;List of crew on:</source>
        <translation>&amp;List of crew on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type in the table: Tab goes to the next cell, Enter on a row adds the next one, Del removes the selected rows. A red cell says what is wrong when you point at it.</source>
        <translation>Type in the table: Tab goes to the next cell, Enter on a row adds the next one, Del removes the selected rows. A red cell says what is wrong when you point at it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rows</source>
        <translation>Remove rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save crew list</source>
        <translation>Save crew list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Problems to correct: %1</source>
        <translation>Problems to correct: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings from the MRZ to check</source>
        <translation>Warnings from the MRZ to check</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1, %2:</source>
        <translation>Row %1, %2:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(from the MRZ, accepted)</source>
        <translation>(from the MRZ, accepted)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Correct the cells marked in red first (they are listed under the table).</source>
        <translation>Correct the cells marked in red first (they are listed under the table).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the crew list…</source>
        <translation>Saving the crew list…</translation>
    </message>
</context>
<context>
    <name>CrewMembersModel</name>
    <message>
        <location filename="../piu_desk/ui/records/crew_tab.py" line="+77"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating</source>
        <translation>Rank or rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
</context>
<context>
    <name>CrewRowsModel</name>
    <message>
        <location filename="../piu_desk/ui/crew_entry/rows_model.py" line="+105"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating</source>
        <translation>Rank or rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuing state</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Year-month-day, for example 1990-04-25</source>
        <translation>Year-month-day, for example 1990-04-25</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>From the MRZ, accepted: %1</source>
        <translation>From the MRZ, accepted: %1</translation>
    </message>
</context>
<context>
    <name>CrewTab</name>
    <message>
        <location filename="../piu_desk/ui/records/crew_tab.py" line="+52"/>
        <source>Crew list:</source>
        <translation>Crew list:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No crew list has been entered for this port call.</source>
        <translation>No crew list has been entered for this port call.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add crew list…</source>
        <translation>Add crew list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This crew list on the IMO FAL Form 5, to print</source>
        <translation>This crew list on the IMO FAL Form 5, to print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import sheet…</source>
        <translation>Import sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the crew list a shipping agent sent as a spreadsheet (XLSX or CSV)</source>
        <translation>Import the crew list a shipping agent sent as a spreadsheet (XLSX or CSV)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 crew · %3</source>
        <translation>%1 · %2 crew · %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Preparing the crew list…</source>
        <translation>Preparing the crew list…</translation>
    </message>
</context>
<context>
    <name>CustodySection</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_section.py" line="+52"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for repair</source>
        <translation>Sent for repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen</source>
        <translation>Stolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed of</source>
        <translation>Disposed of</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by holder, tag, description or serial</source>
        <translation>Filter by holder, tag, description or serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything issued</source>
        <translation>Everything issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting signature</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return overdue</source>
        <translation>Return overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back…</source>
        <translation>Take back…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance…</source>
        <translation>Acceptance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report loss or damage…</source>
        <translation>Report loss or damage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holders list as PDF…</source>
        <translation>Holders list as PDF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{items} items issued to {holders} holders · {awaiting} awaiting signature · {overdue} overdue</source>
        <translation>{items} items issued to {holders} holders · {awaiting} awaiting signature · {overdue} overdue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an item to see its custody history.</source>
        <translation>Select an item to see its custody history.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody history of {tag}</source>
        <translation>Custody history of {tag}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Preparing the holders list…</source>
        <translation>Preparing the holders list…</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/report_dialog.py" line="+127"/>
        <location line="+119"/>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s language, whatever language the window is in</source>
        <translation>The report&apos;s language, whatever language the window is in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a period the report can cover.</source>
        <translation>Choose a period the report can cover.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issued as report {number}, verification code {code}.</source>
        <translation>Issued as report {number}, verification code {code}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This preview is a draft. The report is given its number and verification code, and recorded, when you print it or save it.</source>
        <translation>This preview is a draft. The report is given its number and verification code, and recorded, when you print it or save it.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Issuing the daily report…</source>
        <translation>Issuing the daily report…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The printer could not be opened. Check that it is switched on and connected, then print again.</source>
        <translation>The printer could not be opened. Check that it is switched on and connected, then print again.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/section.py" line="+125"/>
        <source>&amp;Daily report…</source>
        <translation>&amp;Daily report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, print or save the daily report</source>
        <translation>Preview, print or save the daily report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify a printed report…</source>
        <translation>&amp;Verify a printed report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a paper copy&apos;s report number and verification code</source>
        <translation>Check a paper copy&apos;s report number and verification code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrivals today</source>
        <translation>Arrivals today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departures today</source>
        <translation>Departures today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections today</source>
        <translation>Inspections today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew screened today</source>
        <translation>Crew screened today</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Open alerts</source>
        <translation>Open alerts</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New tip-offs</source>
        <translation>New tip-offs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment overdue</source>
        <translation>Equipment overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval queue</source>
        <translation>Approval queue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue equipment</source>
        <translation>Overdue equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange with headquarters</source>
        <translation>Exchange with headquarters</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click to open the list</source>
        <translation>Click to open the list</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no crew list</source>
        <translation>no crew list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one crew list</source>
        <translation>one crew list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} crew lists</source>
        <translation>{count} crew lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} raised today</source>
        <translation>{count} raised today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} received today</source>
        <translation>{count} received today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected back before today</source>
        <translation>expected back before today</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One inspection waits for your approval.</source>
        <translation>One inspection waits for your approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} inspections wait for your approval.</source>
        <translation>{count} inspections wait for your approval.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No inspection is waiting for approval.</source>
        <translation>No inspection is waiting for approval.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the approval queue</source>
        <translation>Open the approval queue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} alerts wait for a decision, newest first.</source>
        <translation>{count} alerts wait for a decision, newest first.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No open alert.</source>
        <translation>No open alert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the alerts</source>
        <translation>Open the alerts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} items are overdue for return.</source>
        <translation>{count} items are overdue for return.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No equipment is overdue.</source>
        <translation>No equipment is overdue.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>One alert waits for a decision.</source>
        <translation>One alert waits for a decision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One item is overdue for return.</source>
        <translation>One item is overdue for return.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open custody</source>
        <translation>Open custody</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exchange with headquarters yet.</source>
        <translation>No exchange with headquarters yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last exchange: {when}, by {who}.</source>
        <translation>Last exchange: {when}, by {who}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{tag} {item}, held by {holder}, expected back {date}</source>
        <translation>{tag} {item}, held by {holder}, expected back {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{vessel}, begun {when}, by {who}</source>
        <translation>{vessel}, begun {when}, by {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{subject} may be {entry}</source>
        <translation>{subject} may be {entry}</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <location filename="../piu_desk/ui/equipment/tiles.py" line="+81"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maintenance due</source>
        <translation>Maintenance due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification overdue</source>
        <translation>Verification overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost or stolen this year</source>
        <translation>Lost or stolen this year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items issued to an officer or a place today</source>
        <translation>Items issued to an officer or a place today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with maintenance overdue or due in the next 30 days</source>
        <translation>Items with maintenance overdue or due in the next 30 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items in service not verified in the last 12 months</source>
        <translation>Items in service not verified in the last 12 months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items reported lost or stolen since 1 January</source>
        <translation>Items reported lost or stolen since 1 January</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to show only these items</source>
        <translation>Click to show only these items</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/chart.py" line="+45"/>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals, inspections and alerts per day, last 30 days</source>
        <translation>Arrivals, inspections and alerts per day, last 30 days</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <location filename="../piu_desk/ui/intel/alert_decision.py" line="+72"/>
        <source>&amp;Note (required for a false positive or an HQ check):</source>
        <translation>&amp;Note (required for a false positive or an HQ check):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you checked: the passport sighted, the date of birth asked, who you told…</source>
        <translation>What you checked: the passport sighted, the date of birth asked, who you told…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed match</source>
        <translation>Confirmed match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the person or vessel on the watchlist: marked wherever it appears</source>
        <translation>It is the person or vessel on the watchlist: marked wherever it appears</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same: this pair does not alert again unless either side changes</source>
        <translation>Not the same: this pair does not alert again unless either side changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs HQ check</source>
        <translation>Needs HQ check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot tell from here: headquarters is asked to check</source>
        <translation>You cannot tell from here: headquarters is asked to check</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change the decision</source>
        <translation>Change the decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your decision</source>
        <translation>Your decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided: %1 — by %2, %3.</source>
        <translation>Decided: %1 — by %2, %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../piu_desk/ui/login.py" line="+222"/>
        <source>Demo store</source>
        <translation>Demo store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a demonstration store with made-up data. These passwords are public; click an account to use it.</source>
        <translation>This is a demonstration store with made-up data. These passwords are public; click an account to use it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../piu_desk/ui/status_bar.py" line="+75"/>
        <source>Open alerts: {count}</source>
        <translation>Open alerts: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Station: {name} ({locode})</source>
        <translation>Station: {name} ({locode})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles: {roles}</source>
        <translation>Roles: {roles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store: check needed</source>
        <translation>Store: check needed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store: OK</source>
        <translation>Store: OK</translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/incident_dialog.py" line="+144"/>
        <source>Disposed of on:</source>
        <translation>Disposed of on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorised by:</source>
        <translation>Authorised by:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authorisation ref.:</source>
        <translation>Authorisation ref.:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispose of an item</source>
        <translation>Dispose of an item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}
A disposal cannot be undone: the item leaves the register for good.</source>
        <translation>{item}
A disposal cannot be undone: the item leaves the register for good.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name and position</source>
        <translation>Name and position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. letter or minute number</source>
        <translation>e.g. letter or minute number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispose of</source>
        <translation>Dispose of</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/pages.py" line="+122"/>
        <source>Crew list imported</source>
        <translation>Crew list imported</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_models.py" line="+30"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../piu_desk/ui/records/duplicates.py" line="+101"/>
        <source>It is a different vessel — register it</source>
        <translation>It is a different vessel — register it</translation>
    </message>
</context>
<context>
    <name>EditPortCallDialog</name>
    <message>
        <location filename="../piu_desk/ui/records/arrival_dialog.py" line="+241"/>
        <source>Edit port call</source>
        <translation>Edit port call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>EntryCommon</name>
    <message>
        <location filename="../piu_desk/ui/entry_common.py" line="+84"/>
        <source>{name} ({flag}, IMO {imo})</source>
        <translation>{name} ({flag}, IMO {imo})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({flag})</source>
        <translation>{name} ({flag})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrived {when}</source>
        <translation>Arrived {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>berth {berth}</source>
        <translation>berth {berth}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>voyage {voyage}</source>
        <translation>voyage {voyage}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {port}</source>
        <translation>from {port}</translation>
    </message>
</context>
<context>
    <name>Equipment</name>
    <message>
        <location filename="../piu_desk/core/domain/asset.py" line="+56"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unserviceable</source>
        <translation>Unserviceable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In store</source>
        <translation>In store</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Under repair</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen</source>
        <translation>Stolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Disposed of</source>
        <translation>Disposed of</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Received from the donor</source>
        <translation>Received from the donor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt accepted</source>
        <translation>Receipt accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to store</source>
        <translation>Returned to store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for repair</source>
        <translation>Sent for repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from repair</source>
        <translation>Back from repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance done</source>
        <translation>Maintenance done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage reported</source>
        <translation>Damage reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss reported</source>
        <translation>Loss reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theft reported</source>
        <translation>Theft reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/campaigns.py" line="-127"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanned twice</source>
        <translation>Scanned twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the register</source>
        <translation>Not in the register</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/incidents.py" line="-58"/>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theft</source>
        <translation>Theft</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../piu_desk/core/desk.py" line="-62"/>
        <source>The supervisor key has not reached this account yet; it arrives when another supervisor next logs in.</source>
        <translation>The supervisor key has not reached this account yet; it arrives when another supervisor next logs in.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The recovery key has no password to change.</source>
        <translation>The recovery key has no password to change.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/errors.py" line="+31"/>
        <source>Wrong user name or password. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Wrong user name or password. Check the keyboard language and Caps Lock, then try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too many failed log-ins. Try again in {seconds} s.</source>
        <translation>Too many failed log-ins. Try again in {seconds} s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account {user} is disabled. Ask an administrator.</source>
        <translation>The account {user} is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This account&apos;s key slot has been altered and cannot be trusted. Log in with another account or the recovery key, and report it to your supervisor.</source>
        <translation>This account&apos;s key slot has been altered and cannot be trusted. Log in with another account or the recovery key, and report it to your supervisor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recovery key is not valid: {detail} Check each group against the printed sheet.</source>
        <translation>The recovery key is not valid: {detail} Check each group against the printed sheet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has {found} letters and digits, not {expected}.</source>
        <translation>it has {found} letters and digits, not {expected}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group {groups} has a typo.</source>
        <translation>group {groups} has a typo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the groups are in the wrong order.</source>
        <translation>the groups are in the wrong order.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is well formed but does not open this store (is it the sheet of another desk, or an older key that was replaced?).</source>
        <translation>it is well formed but does not open this store (is it the sheet of another desk, or an older key that was replaced?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIU Desk is already open on this store ({holder}). Switch to that window, or close it first.</source>
        <translation>PIU Desk is already open on this store ({holder}). Switch to that window, or close it first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No PIU Desk store at {path}. Create one with &apos;piu-desk init&apos;, or name the right folder with --store.</source>
        <translation>No PIU Desk store at {path}. Create one with &apos;piu-desk init&apos;, or name the right folder with --store.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PIU Desk store already exists at {path}. Choose an empty folder.</source>
        <translation>A PIU Desk store already exists at {path}. Choose an empty folder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The store is damaged and cannot be used safely. Do not write to it; restore the latest backup or call support. (Technical detail: {detail})</source>
        <translation>The store is damaged and cannot be used safely. Do not write to it; restore the latest backup or call support. (Technical detail: {detail})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This store was made by a newer PIU Desk (schema {found}; this one knows {known}). Install the newer version.</source>
        <translation>This store was made by a newer PIU Desk (schema {found}; this one knows {known}). Install the newer version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding {path} is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk holding {path} is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot use {path}. Check that the drive is still connected and writable, then try again. (System message: {reason})</source>
        <translation>Cannot use {path}. Check that the drive is still connected and writable, then try again. (System message: {reason})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your account may not do this ({action}). Ask a user who holds the right role.</source>
        <translation>Your account may not do this ({action}). Ask a user who holds the right role.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The desk is locked. Log in again to continue.</source>
        <translation>The desk is locked. Log in again to continue.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This backup file cannot be used: {reason}. Nothing was changed.</source>
        <translation>This backup file cannot be used: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a PIU Desk backup</source>
        <translation>it is not a PIU Desk backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is cut short</source>
        <translation>it is cut short</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its header is too large</source>
        <translation>its header is too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its header is damaged</source>
        <translation>its header is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its database part is damaged or cut short</source>
        <translation>its database part is damaged or cut short</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its key slots are damaged</source>
        <translation>its key slots are damaged</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/errors.py" line="+26"/>
        <source>Something went wrong inside PIU Desk. Nothing was changed. The details are in the log file; please tell support.</source>
        <translation>Something went wrong inside PIU Desk. Nothing was changed. The details are in the log file; please tell support.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIU Desk</source>
        <translation>PIU Desk</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/age/errors.py" line="+28"/>
        <source>This encrypted file is not addressed to this desk: none of its keys opens it. Nothing was read from it.</source>
        <translation>This encrypted file is not addressed to this desk: none of its keys opens it. Nothing was read from it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file is not an encrypted file this desk can read: its header is damaged or of an unknown kind. Nothing was read from it. (Technical detail: {detail})</source>
        <translation>This file is not an encrypted file this desk can read: its header is damaged or of an unknown kind. Nothing was read from it. (Technical detail: {detail})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This encrypted file&apos;s header was altered after it was written. Do not use it; ask the sender for a new copy.</source>
        <translation>This encrypted file&apos;s header was altered after it was written. Do not use it; ask the sender for a new copy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This encrypted file is damaged, cut short or was altered after it was written. Nothing read from it may be used; ask the sender for a new copy. (Technical detail: {detail})</source>
        <translation>This encrypted file is damaged, cut short or was altered after it was written. Nothing read from it may be used; ask the sender for a new copy. (Technical detail: {detail})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a usable encryption key. Check that it was copied whole, without spaces or line breaks. (Technical detail: {detail})</source>
        <translation>This is not a usable encryption key. Check that it was copied whole, without spaces or line breaks. (Technical detail: {detail})</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/bundle/errors.py" line="+30"/>
        <source>This exchange bundle is damaged or was altered: nothing from it was used. Ask the sender for a new bundle. (Technical detail: {detail})</source>
        <translation>This exchange bundle is damaged or was altered: nothing from it was used. Ask the sender for a new bundle. (Technical detail: {detail})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This exchange bundle is of version {version}, which this PIU Desk cannot read. Install the newer PIU Desk; nothing from it was used.</source>
        <translation>This exchange bundle is of version {version}, which this PIU Desk cannot read. Install the newer PIU Desk; nothing from it was used.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This exchange bundle is larger than this desk accepts: nothing from it was used. (Technical detail: {detail})</source>
        <translation>This exchange bundle is larger than this desk accepts: nothing from it was used. (Technical detail: {detail})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This exchange bundle is signed with keys this desk does not know for {sender}. Nothing from it was used. If {sender} has new keys, enrol them after checking their fingerprints by phone.</source>
        <translation>This exchange bundle is signed with keys this desk does not know for {sender}. Nothing from it was used. If {sender} has new keys, enrol them after checking their fingerprints by phone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This exchange bundle is signed with a key of {sender} that was revoked. Nothing from it was used; report it to your supervisor.</source>
        <translation>This exchange bundle is signed with a key of {sender} that was revoked. Nothing from it was used; report it to your supervisor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signatures of this exchange bundle do not match its sender&apos;s keys: it was altered or forged. Nothing from it was used; report it to your supervisor. (Technical detail: {detail})</source>
        <translation>The signatures of this exchange bundle do not match its sender&apos;s keys: it was altered or forged. Nothing from it was used; report it to your supervisor. (Technical detail: {detail})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This exchange bundle was not sent to this desk by its signer (it was forwarded or re-addressed). Nothing from it was used; report it to your supervisor. (Technical detail: {detail})</source>
        <translation>This exchange bundle was not sent to this desk by its signer (it was forwarded or re-addressed). Nothing from it was used; report it to your supervisor. (Technical detail: {detail})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The drive was removed or could not be read; nothing was imported. Put the drive back and try again. (System message: {reason})</source>
        <translation>The drive was removed or could not be read; nothing was imported. Put the drive back and try again. (System message: {reason})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The drive was removed or could not be written; nothing was exported. Check the drive and try again. (System message: {reason})</source>
        <translation>The drive was removed or could not be written; nothing was exported. Check the drive and try again. (System message: {reason})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s disk could not hold the bundle while it was checked; nothing was imported. Free some space and try again. (System message: {reason})</source>
        <translation>This computer&apos;s disk could not hold the bundle while it was checked; nothing was imported. Free some space and try again. (System message: {reason})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data for {entry} changed while it was being exported; nothing was exported. Try again.</source>
        <translation>The data for {entry} changed while it was being exported; nothing was exported. Try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle written to the drive did not read back correctly, so it was removed; nothing was exported. Try another drive. (Technical detail: {detail})</source>
        <translation>The bundle written to the drive did not read back correctly, so it was removed; nothing was exported. Try another drive. (Technical detail: {detail})</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../piu_desk/core/store/exchange_payload.py" line="+44"/>
        <source>A record in the bundle does not fit this desk&apos;s records, so nothing from the bundle was applied. Ask the sender to check their version of PIU Desk. ({detail})</source>
        <translation>A record in the bundle does not fit this desk&apos;s records, so nothing from the bundle was applied. Ask the sender to check their version of PIU Desk. ({detail})</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/sync/errors.py" line="+13"/>
        <source>No station or headquarters with this key ({what}) is known to this desk. Enrol it first, after comparing fingerprints by phone.</source>
        <translation>No station or headquarters with this key ({what}) is known to this desk. Enrol it first, after comparing fingerprints by phone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keys of {station} have been revoked on this desk; nothing signed with them is accepted.</source>
        <translation>The keys of {station} have been revoked on this desk; nothing signed with them is accepted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys are already pinned for {station}. A change of keys comes as a rotation signed by the old and the new keys.</source>
        <translation>Keys are already pinned for {station}. A change of keys comes as a rotation signed by the old and the new keys.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key change is not valid and was not accepted: {detail}</source>
        <translation>The key change is not valid and was not accepted: {detail}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This conflict has already been settled.</source>
        <translation>This conflict has already been settled.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/export.py" line="+17"/>
        <source>Name the station to write the bundle for: this desk exchanges with more than one, or has not enrolled any yet.</source>
        <translation>Name the station to write the bundle for: this desk exchanges with more than one, or has not enrolled any yet.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/enrolment.py" line="+5"/>
        <source>The enrolment was refused and nothing was pinned: {detail}</source>
        <translation>The enrolment was refused and nothing was pinned: {detail}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the file cannot be read ({error})</source>
        <translation>the file cannot be read ({error})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large to be a key file</source>
        <translation>the file is too large to be a key file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not a key file</source>
        <translation>the file is not a key file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not a {format} file</source>
        <translation>the file is not a {format} file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signatures do not verify: the file has been changed</source>
        <translation>the signatures do not verify: the file has been changed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file does not name its keys</source>
        <translation>the file does not name its keys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keys in the file cannot be read</source>
        <translation>the keys in the file cannot be read</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the age key in the file is not post-quantum</source>
        <translation>the age key in the file is not post-quantum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fingerprint read out by phone does not match the keys in the file</source>
        <translation>the fingerprint read out by phone does not match the keys in the file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name the station by its id and its name</source>
        <translation>name the station by its id and its name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only headquarters enrols stations</source>
        <translation>only headquarters enrols stations</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file enrols {station}, not this desk ({here})</source>
        <translation>the file enrols {station}, not this desk ({here})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{station} has not been enrolled on this desk</source>
        <translation>{station} has not been enrolled on this desk</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/folder.py" line="+9"/>
        <source>The folder {folder} cannot be found. Plug the stick in again or choose another folder; nothing was changed.</source>
        <translation>The folder {folder} cannot be found. Plug the stick in again or choose another folder; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/importing.py" line="+29"/>
        <source>Watchlist release {version} applied.</source>
        <translation>Watchlist release {version} applied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist release {version} not applied: this desk holds a newer one.</source>
        <translation>Watchlist release {version} not applied: this desk holds a newer one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watchlist release {version} not applied: it had expired. Headquarters sends it again with a new release.</source>
        <translation>Watchlist release {version} not applied: it had expired. Headquarters sends it again with a new release.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/releases.py" line="+6"/>
        <source>Only headquarters publishes the master watchlist. This desk receives it from headquarters with the exchange.</source>
        <translation>Only headquarters publishes the master watchlist. This desk receives it from headquarters with the exchange.</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <location filename="../piu_desk/ui/exchange/section.py" line="+147"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plug in the exchange stick, or use the shared folder, and press Exchange now: every bundle for this desk is read in, then this desk&apos;s new bundle is written to the same place.</source>
        <translation>Plug in the exchange stick, or use the shared folder, and press Exchange now: every bundle for this desk is read in, then this desk&apos;s new bundle is written to the same place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to exchange</source>
        <translation>Where to exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stick or folder:</source>
        <translation>Stick or folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared folder:</source>
        <translation>Shared folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for sticks</source>
        <translation>Look for sticks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange now</source>
        <translation>Exchange now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last exchange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came in:</source>
        <translation>Came in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went out:</source>
        <translation>Went out:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the shared exchange folder</source>
        <translation>Choose the shared exchange folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stick {name} ({path}, {free} free)</source>
        <translation>Stick {name} ({path}, {free} free)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none chosen</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared folder {path}</source>
        <translation>Shared folder {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only an exchange officer exchanges bundles; here you see the keys and the peers.</source>
        <translation>Only an exchange officer exchanges bundles; here you see the keys and the peers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stick found. Plug one in (it is found within a few seconds) or choose a shared folder.</source>
        <translation>No stick found. Plug one in (it is found within a few seconds) or choose a shared folder.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exchanging…</source>
        <translation>Exchanging…</translation>
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
        <translation>Bundles read: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles applied: {bundles}; records changed: {records}; already up to date: {same}; attachments: {attachments}</source>
        <translation>Bundles applied: {bundles}; records changed: {records}; already up to date: {same}; attachments: {attachments}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new bundle for this desk was in the folder.</source>
        <translation>No new bundle for this desk was in the folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts to resolve: {n} (both versions were kept)</source>
        <translation>Conflicts to resolve: {n} (both versions were kept)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for records still to come: {n}</source>
        <translation>Waiting for records still to come: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerts raised by screening the crew lists that came in: {n}</source>
        <translation>Alerts raised by screening the crew lists that came in: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundles applied before, nothing changed: {n}</source>
        <translation>Bundles applied before, nothing changed: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not for this desk, left on the stick: {names}</source>
        <translation>Not for this desk, left on the stick: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused {name}, nothing of it used: {reason}</source>
        <translation>Refused {name}, nothing of it used: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No bundle was written: the exchange was cancelled.</source>
        <translation>No bundle was written: the exchange was cancelled.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written: {file} for {peer} (number {sequence})</source>
        <translation>Written: {file} for {peer} (number {sequence})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes: {records}; attachments: {attachments}</source>
        <translation>Changes: {records}; attachments: {attachments}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments left for a later bundle: {n}</source>
        <translation>Attachments left for a later bundle: {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eject the stick safely before you pull it out (Windows: &quot;Safely remove&quot;, Linux: &quot;Eject&quot;), or the bundle may be lost.</source>
        <translation>Eject the stick safely before you pull it out (Windows: &quot;Safely remove&quot;, Linux: &quot;Eject&quot;), or the bundle may be lost.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../piu_desk/ui/wizard.py" line="+96"/>
        <source>PIU Desk — first start</source>
        <translation>PIU Desk — first start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the store</source>
        <translation>Create the store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start PIU Desk</source>
        <translation>Start PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_forms.py" line="+235"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GradingMatrix</name>
    <message>
        <location filename="../piu_desk/ui/intel/grading_matrix.py" line="+167"/>
        <source>Grading — {scheme}</source>
        <translation>Grading — {scheme}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick the cell where how reliable the source is (its row) meets how credible the information is (its column). Judge the two separately: a reliable source can pass on doubtful information.</source>
        <translation>Pick the cell where how reliable the source is (its row) meets how credible the information is (its column). Judge the two separately: a reliable source can pass on doubtful information.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source reliability</source>
        <translation>Source reliability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information credibility</source>
        <translation>Information credibility</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the cell where the source&apos;s evaluation (its row) meets the assessment of the intelligence (its column), then the handling code.</source>
        <translation>Pick the cell where the source&apos;s evaluation (its row) meets the assessment of the intelligence (its column), then the handling code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source evaluation</source>
        <translation>Source evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intelligence assessment</source>
        <translation>Intelligence assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{code}: source — {source}; information — {info}</source>
        <translation>{code}: source — {source}; information — {info}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear grade</source>
        <translation>Clear grade</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Grade: &lt;b&gt;{code}&lt;/b&gt; — {meaning}</source>
        <translation>Grade: &lt;b&gt;{code}&lt;/b&gt; — {meaning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the handling code (P or C) to finish the grade.</source>
        <translation>Choose the handling code (P or C) to finish the grade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not graded yet. A tip-off is graded before it is assessed.</source>
        <translation>Not graded yet. A tip-off is graded before it is assessed.</translation>
    </message>
</context>
<context>
    <name>GradingSchemeDialog</name>
    <message>
        <location filename="../piu_desk/ui/intel/grading_scheme.py" line="+50"/>
        <source>Grading scheme</source>
        <translation>Grading scheme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheme this station grades new tip-offs in. Grades already given keep the scheme they were given in: they are never converted.</source>
        <translation>The scheme this station grades new tip-offs in. Grades already given keep the scheme they were given in: they are never converted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use it</source>
        <translation>Use it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/handover_dialog.py" line="+135"/>
        <source>Import a handover list</source>
        <translation>Import a handover list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the list…</source>
        <translation>Choose the list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The donor&apos;s handover list, as XLSX or CSV, with a row of column titles above the items.</source>
        <translation>The donor&apos;s handover list, as XLSX or CSV, with a row of column titles above the items.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the sheet (* must be there)</source>
        <translation>Columns of the sheet (* must be there)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only rows with problems</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save handover certificate…</source>
        <translation>Save handover certificate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the handover list</source>
        <translation>Choose the handover list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover lists (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Handover lists (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 items were added to the register. Print the handover certificate for signature.</source>
        <translation>%1 items were added to the register. Print the handover certificate for signature.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the sheet&apos;s column for: %1.</source>
        <translation>Choose the sheet&apos;s column for: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows ready to import, %2 with problems.</source>
        <translation>%1 rows ready to import, %2 with problems.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1 items</source>
        <translation>Import %1 items</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import only the valid rows?</source>
        <translation>Import only the valid rows?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows have problems and will not be imported. Import the %2 valid rows now?</source>
        <translation>%1 rows have problems and will not be imported. Import the %2 valid rows now?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid rows</source>
        <translation>Import the valid rows</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing the items…</source>
        <translation>Importing the items…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the certificate…</source>
        <translation>Preparing the certificate…</translation>
    </message>
</context>
<context>
    <name>HandoverFields</name>
    <message>
        <location filename="../piu_desk/ui/equipment/handover_form.py" line="+43"/>
        <source>Donor:</source>
        <translation>Donor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant code:</source>
        <translation>Grant code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover date:</source>
        <translation>Handover date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handover document:</source>
        <translation>Handover document:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For rows without one</source>
        <translation>For rows without one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery note or letter reference</source>
        <translation>Delivery note or letter reference</translation>
    </message>
</context>
<context>
    <name>HandoverRows</name>
    <message>
        <location filename="../piu_desk/ui/equipment/handover_rows.py" line="+23"/>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant code</source>
        <translation>Grant code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover date</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover document</source>
        <translation>Handover document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (KHR)</source>
        <translation>Value (KHR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (USD)</source>
        <translation>Value (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_section.py" line="-217"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition on return</source>
        <translation>Condition on return</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>HolderField</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_dialogs.py" line="+80"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name of the officer</source>
        <translation>User name of the officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Jetty 2, duty room</source>
        <translation>e.g. Jetty 2, duty room</translation>
    </message>
</context>
<context>
    <name>HoldingsModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/mine.py" line="+48"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected back</source>
        <translation>Expected back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accepted %1</source>
        <translation>Accepted %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting your acceptance</source>
        <translation>Awaiting your acceptance</translation>
    </message>
</context>
<context>
    <name>HoldingsTree</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_tree.py" line="+54"/>
        <source>Holder / item</source>
        <translation>Holder / item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected back</source>
        <translation>Expected back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{holder} — {count} items</source>
        <translation>{holder} — {count} items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Awaiting signature</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed {date}</source>
        <translation>Signed {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expected return date has passed.</source>
        <translation>The expected return date has passed.</translation>
    </message>
</context>
<context>
    <name>HqTexts</name>
    <message>
        <location filename="../piu_desk/ui/hq/texts.py" line="+49"/>
        <source>{time}, no. {number}</source>
        <translation>{time}, no. {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys pinned</source>
        <translation>Keys pinned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled, keys not yet pinned</source>
        <translation>Enrolled, keys not yet pinned</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its keys were revoked: its bundles are refused and none is written for it.</source>
        <translation>Its keys were revoked: its bundles are refused and none is written for it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles go both ways.</source>
        <translation>Bundles go both ways.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its enrolment file was written; pin its keys when its key file comes back, after comparing the fingerprint read out by phone.</source>
        <translation>Its enrolment file was written; pin its keys when its key file comes back, after comparing the fingerprint read out by phone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version {version}, valid until {date}</source>
        <translation>Version {version}, valid until {date}</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../piu_desk/ui/inspections/viewer.py" line="-44"/>
        <source>%1 · %2 × %3 pixels · %4</source>
        <translation>%1 · %2 × %3 pixels · %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between the whole picture and its real size (F)</source>
        <translation>Switch between the whole picture and its real size (F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../piu_desk/core/imports/sheet_dates.py" line="+89"/>
        <source>&apos;{text}&apos; would have month {month}: dates are read day first (day/month/year). If it was written month first, correct the sheet.</source>
        <translation>&apos;{text}&apos; would have month {month}: dates are read day first (day/month/year). If it was written month first, correct the sheet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; is not a real date: there is no day {day} in month {month} of {year}.</source>
        <translation>&apos;{text}&apos; is not a real date: there is no day {day} in month {month} of {year}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{text}&apos;: &apos;{word}&apos; is not the name of a month.</source>
        <translation>&apos;{text}&apos;: &apos;{word}&apos; is not the name of a month.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is not a date this import can read; write it day first, for example 25/04/1990, 25 APR 1990 or 1990-04-25.</source>
        <translation>&apos;{text}&apos; is not a date this import can read; write it day first, for example 25/04/1990, 25 APR 1990 or 1990-04-25.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/crew_columns.py" line="+54"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name, given names</source>
        <translation>Family name, given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating</source>
        <translation>Rank or rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and place of birth</source>
        <translation>Date and place of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature of identity document</source>
        <translation>Nature of identity document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of identity document</source>
        <translation>Number of identity document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature and No. of identity document</source>
        <translation>Nature and No. of identity document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state of identity document</source>
        <translation>Issuing state of identity document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date of identity document</source>
        <translation>Expiry date of identity document</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/crew_report.py" line="+50"/>
        <source>signature or footer of the form, not a crew member</source>
        <translation>signature or footer of the form, not a crew member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column numbers of the form</source>
        <translation>the column numbers of the form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column titles, repeated</source>
        <translation>the column titles, repeated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a numbered line of the form left empty, after the last crew member</source>
        <translation>a numbered line of the form left empty, after the last crew member</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{total} rows below the column titles: {valid} crew members valid ({warned} with warnings), {problems} rows with problems, {skipped} rows skipped as not crew.</source>
        <translation>{total} rows below the column titles: {valid} crew members valid ({warned} with warnings), {problems} rows with problems, {skipped} rows skipped as not crew.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row {row} skipped: {reason} ({text}).</source>
        <translation>Row {row} skipped: {reason} ({text}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}: {text}</source>
        <translation>Row {row}: {text}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>only the No. is filled in; the crew member&apos;s details are missing (were they deleted?).</source>
        <translation>only the No. is filled in; the crew member&apos;s details are missing (were they deleted?).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Number of identity document: {value} is also on sheet row {rows}.</source>
        <translation>Number of identity document: {value} is also on sheet row {rows}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.: {value} is also used on sheet row {rows}.</source>
        <translation>No.: {value} is also used on sheet row {rows}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Some names in the column &apos;{column}&apos; have no comma between family name and given names: the first word was taken as the family name (with DE, DELA, VAN and the like joined to the word after them). Check names written given name first.</source>
        <translation>Some names in the column &apos;{column}&apos; have no comma between family name and given names: the first word was taken as the family name (with DE, DELA, VAN and the like joined to the word after them). Check names written given name first.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/crew_rows.py" line="+88"/>
        <source>{field}: {text}</source>
        <translation>{field}: {text}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;{text}&apos; is not a gender; write M, F or X.</source>
        <translation>&apos;{text}&apos; is not a gender; write M, F or X.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;{text}&apos; is not a number; the row is numbered {number} by its place in the list.</source>
        <translation>&apos;{text}&apos; is not a number; the row is numbered {number} by its place in the list.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing; enter the family name as in the identity document.</source>
        <translation>missing; enter the family name as in the identity document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; has digits, which a name never has.</source>
        <translation>&apos;{text}&apos; has digits, which a name never has.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;{text}&apos; is neither a nationality code nor a country name; write the three letters of the passport (for example KHM, VNM, IDN).</source>
        <translation>&apos;{text}&apos; is neither a nationality code nor a country name; write the three letters of the passport (for example KHM, VNM, IDN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; read as {code} ({country}).</source>
        <translation>&apos;{text}&apos; read as {code} ({country}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date found in &apos;{text}&apos;; write the date first, then the place, for example 25/04/1990 HAI PHONG.</source>
        <translation>no date found in &apos;{text}&apos;; write the date first, then the place, for example 25/04/1990 HAI PHONG.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{date} is in the future.</source>
        <translation>{date} is in the future.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>born {date}, the crew member would be {age} years old; check the date.</source>
        <translation>born {date}, the crew member would be {age} years old; check the date.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no document number found in &apos;{text}&apos;.</source>
        <translation>no document number found in &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; holds more than one number; {number} was taken as the document number.</source>
        <translation>&apos;{text}&apos; holds more than one number; {number} was taken as the document number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; has characters a document number cannot have ({chars}): only letters A-Z and digits. Copy it again from the document.</source>
        <translation>&apos;{text}&apos; has characters a document number cannot have ({chars}): only letters A-Z and digits. Copy it again from the document.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} has {count} characters; a passport number has at most 9. Check it against the passport.</source>
        <translation>{number} has {count} characters; a passport number has at most 9. Check it against the passport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} is very short for a document number; check it.</source>
        <translation>{number} is very short for a document number; check it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{expiry} is not after the date of birth {birth}.</source>
        <translation>{expiry} is not after the date of birth {birth}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document expired on {expiry}, before the crew list&apos;s date {date}.</source>
        <translation>the document expired on {expiry}, before the crew list&apos;s date {date}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{number} starts with {prefix}, the code of {country}: check that the code was not typed into the number.</source>
        <translation>{number} starts with {prefix}, the code of {country}: check that the code was not typed into the number.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/crew_sheet.py" line="+140"/>
        <source>{name} has no sheet &apos;{sheet}&apos;; its sheets are: {sheets}.</source>
        <translation>{name} has no sheet &apos;{sheet}&apos;; its sheets are: {sheets}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No crew table was found in {name} (sheets read: {sheets}): no row has column titles such as No., Family name, Given names, Nationality, Date of birth and Number of identity document. Check that this is a crew list (FAL Form 5), or add those titles above the crew rows.</source>
        <translation>No crew table was found in {name} (sheets read: {sheets}): no row has column titles such as No., Family name, Given names, Nationality, Date of birth and Number of identity document. Check that this is a crew list (FAL Form 5), or add those titles above the crew rows.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The crew table was read from the sheet &apos;{sheet}&apos; of {count} sheets.</source>
        <translation>The crew table was read from the sheet &apos;{sheet}&apos; of {count} sheets.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{field} is set to column {column}, but the sheet has {count} columns.</source>
        <translation>{field} is set to column {column}, but the sheet has {count} columns.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No column is chosen for the family name, so no row can be a crew member: choose the column that holds it.</source>
        <translation>No column is chosen for the family name, so no row can be a crew member: choose the column that holds it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column is chosen for {field}: the crew members are saved without it, and none of them can be linked automatically to a person seen before.</source>
        <translation>No column is chosen for {field}: the crew members are saved without it, and none of them can be linked automatically to a person seen before.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The column &apos;{column}&apos; is chosen for {count} fields.</source>
        <translation>The column &apos;{column}&apos; is chosen for {count} fields.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/particulars.py" line="+46"/>
        <source>Name of ship</source>
        <translation>Name of ship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number</source>
        <translation>IMO number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign</source>
        <translation>Call sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voyage number</source>
        <translation>Voyage number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port of arrival/departure</source>
        <translation>Port of arrival/departure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of arrival/departure</source>
        <translation>Date of arrival/departure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag State of ship</source>
        <translation>Flag State of ship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last port of call</source>
        <translation>Last port of call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival or departure</source>
        <translation>Arrival or departure</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>&apos;{text}&apos; is not a UN/LOCODE (such as KHKOS or VNSGN) nor a port this desk knows; choose the port when the port call is created.</source>
        <translation>&apos;{text}&apos; is not a UN/LOCODE (such as KHKOS or VNSGN) nor a port this desk knows; choose the port when the port call is created.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flag State &apos;{text}&apos; is neither a country code nor a country name; write its three letters, for example KHM.</source>
        <translation>Flag State &apos;{text}&apos; is neither a country code nor a country name; write its three letters, for example KHM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flag State &apos;{text}&apos; read as {code} ({country}).</source>
        <translation>Flag State &apos;{text}&apos; read as {code} ({country}).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Both Arrival and Departure are ticked; choose which this crew list is for when importing it.</source>
        <translation>Both Arrival and Departure are ticked; choose which this crew list is for when importing it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>arrival</source>
        <translation>arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departure</source>
        <translation>departure</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Arrival or departure was not ticked; taken as {direction} from &apos;{text}&apos;.</source>
        <translation>Arrival or departure was not ticked; taken as {direction} from &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet does not say whether the crew list is for arrival or departure; choose it when importing.</source>
        <translation>The sheet does not say whether the crew list is for arrival or departure; choose it when importing.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/sheet_files.py" line="+96"/>
        <source>The sheet &apos;{sheet}&apos; has data down to row {row}; a crew list import takes at most {limit} rows. Check that this is the crew list, or delete the rows that are not crew and import it again.</source>
        <translation>The sheet &apos;{sheet}&apos; has data down to row {row}; a crew list import takes at most {limit} rows. Check that this is the crew list, or delete the rows that are not crew and import it again.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} is {size} MB; a crew list import takes files of up to {limit} MB. A crew list is far smaller: check that this is the right file, or save only the crew sheet in a new file.</source>
        <translation>{name} is {size} MB; a crew list import takes files of up to {limit} MB. A crew list is far smaller: check that this is the right file, or save only the crew sheet in a new file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is empty. Ask the agent to send the crew list again.</source>
        <translation>{name} is empty. Ask the agent to send the crew list again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is protected by a password, so it cannot be read. Open it in Excel with the password, save a copy without one, and import that copy.</source>
        <translation>{name} is protected by a password, so it cannot be read. Open it in Excel with the password, save a copy without one, and import that copy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is an old Excel 97-2003 workbook (.xls) or another older Office file, which this import does not read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8, then import that file.</source>
        <translation>{name} is an old Excel 97-2003 workbook (.xls) or another older Office file, which this import does not read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8, then import that file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} cannot be read as an .xlsx workbook: it is damaged, cut short, or another kind of file renamed. Open and save it again in Excel, or ask the agent to send it again. (Technical detail: {detail})</source>
        <translation>{name} cannot be read as an .xlsx workbook: it is damaged, cut short, or another kind of file renamed. Open and save it again in Excel, or ask the agent to send it again. (Technical detail: {detail})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} holds no data: its sheets are empty. Ask the agent to send the crew list again.</source>
        <translation>{name} holds no data: its sheets are empty. Ask the agent to send the crew list again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as .xlsx (Excel Workbook), then import that file.</source>
        <translation>{name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as .xlsx (Excel Workbook), then import that file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} unpacks to more than {limit} MB, far more than any crew list; it was not opened.</source>
        <translation>{name} unpacks to more than {limit} MB, far more than any crew list; it was not opened.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{name} is neither an .xlsx workbook nor a CSV text file. Save the crew list from Excel as .xlsx (Excel Workbook) or as CSV UTF-8, then import that file.</source>
        <translation>{name} is neither an .xlsx workbook nor a CSV text file. Save the crew list from Excel as .xlsx (Excel Workbook) or as CSV UTF-8, then import that file.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} is not a well-formed CSV file ({detail}). Save it again from Excel as CSV UTF-8.</source>
        <translation>{name} is not a well-formed CSV file ({detail}). Save it again from Excel as CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not UTF-8; it was read as {encoding}. If letters in names look wrong, save the sheet from Excel as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>The file is not UTF-8; it was read as {encoding}. If letters in names look wrong, save the sheet from Excel as &apos;CSV UTF-8&apos; and import it again.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/crew_import.py" line="-74"/>
        <source>The sheet does not name the ship with a usable name and flag; choose the port call the crew list belongs to.</source>
        <translation>The sheet does not name the ship with a usable name and flag; choose the port call the crew list belongs to.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No row of this sheet is valid, so there is nothing to import.</source>
        <translation>No row of this sheet is valid, so there is nothing to import.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the port call this crew list belongs to.</source>
        <translation>Choose the port call this crew list belongs to.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet gives no date of arrival or departure; choose the port call this crew list belongs to.</source>
        <translation>The sheet gives no date of arrival or departure; choose the port call this crew list belongs to.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/handover.py" line="+141"/>
        <source>{name} has no header row with an asset tag, a category and a description column. Add those column titles above the list and import it again.</source>
        <translation>{name} has no header row with an asset tag, a category and a description column. Add those column titles above the list and import it again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The value in riel &apos;{text}&apos; is not a number.</source>
        <translation>The value in riel &apos;{text}&apos; is not a number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value in USD &apos;{text}&apos; is not an amount.</source>
        <translation>The value in USD &apos;{text}&apos; is not an amount.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The condition &apos;{text}&apos; is none of new, good, fair, poor or unserviceable.</source>
        <translation>The condition &apos;{text}&apos; is none of new, good, fair, poor or unserviceable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {column} column is empty in this row.</source>
        <translation>The {column} column is empty in this row.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The tag {tag} is already in the register.</source>
        <translation>The tag {tag} is already in the register.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag {tag} is also on row {row}.</source>
        <translation>The tag {tag} is also on row {row}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The serial number {serial} is already in the register.</source>
        <translation>The serial number {serial} is already in the register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The serial number {serial} is also on row {row}.</source>
        <translation>The serial number {serial} is also on row {row}.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/imports/watchlist_sheet.py" line="+63"/>
        <source>{valid} entries can be imported; {problems} rows have problems.</source>
        <translation>{valid} entries can be imported; {problems} rows have problems.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No watchlist table was found in {name}: no row has the column titles &apos;type&apos; and &apos;names&apos;.</source>
        <translation>No watchlist table was found in {name}: no row has the column titles &apos;type&apos; and &apos;names&apos;.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type &apos;{text}&apos; is neither person nor vessel.</source>
        <translation>Type &apos;{text}&apos; is neither person nor vessel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling &apos;{text}&apos; is not a handling code (hq, hq_only, desk_only).</source>
        <translation>Handling &apos;{text}&apos; is not a handling code (hq, hq_only, desk_only).</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import_rows.py" line="+96"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Column {number}</source>
        <translation>Column {number}</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/incident_dialog.py" line="-112"/>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circumstances:</source>
        <translation>Circumstances:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by:</source>
        <translation>Held by:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Police report ref.:</source>
        <translation>Police report ref.:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition now:</source>
        <translation>Condition now:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Required for a theft</source>
        <translation>Required for a theft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If reported to the police</source>
        <translation>If reported to the police</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report loss, theft or damage</source>
        <translation>Report loss, theft or damage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Anchorage A2, boarding a bulk carrier</source>
        <translation>e.g. Anchorage A2, boarding a bulk carrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../piu_desk/ui/inspections/dialog.py" line="+191"/>
        <source>New inspection</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New inspection, not saved yet</source>
        <translation>New inspection, not saved yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection report, to print or to file</source>
        <translation>The inspection report, to print or to file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>Amend…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the approved inspection; the version approved now is kept with your reason.</source>
        <translation>Change the approved inspection; the version approved now is kept with your reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and close (Ctrl+S); submit it later</source>
        <translation>Save and close (Ctrl+S); submit it later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save amendment</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel amendment</source>
        <translation>Cancel amendment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos and documents (%1)</source>
        <translation>Photos and documents (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions (%1)</source>
        <translation>Earlier versions (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Submitting the inspection…</source>
        <translation>Submitting the inspection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the inspection…</source>
        <translation>Saving the inspection…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amend the approved inspection</source>
        <translation>Amend the approved inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this approved inspection changed? The reason is kept with the version approved now, for everyone to see.</source>
        <translation>Why is this approved inspection changed? The reason is kept with the version approved now, for everyone to see.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving the amendment…</source>
        <translation>Saving the amendment…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preparing the inspection report…</source>
        <translation>Preparing the inspection report…</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../piu_desk/ui/inspections/form.py" line="+132"/>
        <source>&amp;Started at:</source>
        <translation>&amp;Started at:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Risk:</source>
        <translation>&amp;Risk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boarding &amp;officers:</source>
        <translation>Boarding &amp;officers:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was inspected, what was found, and what was done — one paragraph per matter.</source>
        <translation>What was inspected, what was found, and what was done — one paragraph per matter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick everyone who boarded (Space ticks the highlighted name).</source>
        <translation>Tick everyone who boarded (Space ticks the highlighted name).</translation>
    </message>
</context>
<context>
    <name>InspectionReview</name>
    <message>
        <location filename="../piu_desk/ui/inspections/review_text.py" line="+17"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amendments: %1</source>
        <translation>amendments: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Amending the approved inspection.&lt;/b&gt; Your reason: %1&lt;br&gt;When you save, the version approved now is kept among the earlier versions.</source>
        <translation>&lt;b&gt;Amending the approved inspection.&lt;/b&gt; Your reason: %1&lt;br&gt;When you save, the version approved now is kept among the earlier versions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Returned for changes&lt;/b&gt; by %1 on %2. The supervisor&apos;s comment:&lt;p style=&apos;font-size: large; font-weight: bold&apos;&gt;%3&lt;/p&gt;Make the changes, then submit the inspection again.</source>
        <translation>&lt;b&gt;Returned for changes&lt;/b&gt; by %1 on %2. The supervisor&apos;s comment:&lt;p style=&apos;font-size: large; font-weight: bold&apos;&gt;%3&lt;/p&gt;Make the changes, then submit the inspection again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted by %1 on %2. A supervisor reviews it next; until then it cannot be changed.</source>
        <translation>Submitted by %1 on %2. A supervisor reviews it next; until then it cannot be changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2. It is changed only by an amendment, which keeps this version.</source>
        <translation>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2. It is changed only by an amendment, which keeps this version.</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../piu_desk/ui/records/port_call_tabs.py" line="+29"/>
        <source>No inspection has been recorded for this port call.</source>
        <translation>No inspection has been recorded for this port call.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inspection…</source>
        <translation>New inspection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boarding officers</source>
        <translation>Boarding officers</translation>
    </message>
</context>
<context>
    <name>Intel</name>
    <message>
        <location filename="../piu_desk/core/domain/grading.py" line="+41"/>
        <source>Admiralty (NATO): source A–F, information 1–6</source>
        <translation>Admiralty (NATO): source A–F, information 1–6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK 3x5x2: source 1–3, intelligence A–E, handling P or C</source>
        <translation>UK 3x5x2: source 1–3, intelligence A–E, handling P or C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Completely reliable</source>
        <translation>Completely reliable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually reliable</source>
        <translation>Usually reliable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairly reliable</source>
        <translation>Fairly reliable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not usually reliable</source>
        <translation>Not usually reliable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreliable</source>
        <translation>Unreliable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability cannot be judged</source>
        <translation>Reliability cannot be judged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed by other sources</source>
        <translation>Confirmed by other sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probably true</source>
        <translation>Probably true</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possibly true</source>
        <translation>Possibly true</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doubtful</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improbable</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truth cannot be judged</source>
        <translation>Truth cannot be judged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliable</source>
        <translation>Reliable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untested</source>
        <translation>Untested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reliable</source>
        <translation>Not reliable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known directly to the source</source>
        <translation>Known directly to the source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known indirectly to the source but corroborated</source>
        <translation>Known indirectly to the source but corroborated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known indirectly to the source</source>
        <translation>Known indirectly to the source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected to be false</source>
        <translation>Suspected to be false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lawful sharing permitted</source>
        <translation>Lawful sharing permitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawful sharing permitted with conditions</source>
        <translation>Lawful sharing permitted with conditions</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/handling.py" line="+21"/>
        <source>May go to HQ</source>
        <translation>May go to HQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May go to HQ but not beyond</source>
        <translation>May go to HQ but not beyond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays on this desk</source>
        <translation>Stays on this desk</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/tipoff.py" line="+64"/>
        <source>Human source</source>
        <translation>Human source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner agency</source>
        <translation>Partner agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open source</source>
        <translation>Open source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own observation</source>
        <translation>Own observation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actioned</source>
        <translation>Actioned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../piu_desk/core/domain/watchlist.py" line="+34"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/domain/watchlist.py" line="-1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call</source>
        <translation>Port call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Its handling code keeps it on this desk.</source>
        <translation>Its handling code keeps it on this desk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has not been graded and assessed yet.</source>
        <translation>It has not been graded and assessed yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its handling code lets it go to HQ but not beyond.</source>
        <translation>Its handling code lets it go to HQ but not beyond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its handling code lets it go to HQ.</source>
        <translation>Its handling code lets it go to HQ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its handling code lets HQ pass it on.</source>
        <translation>Its handling code lets HQ pass it on.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/watchlist.py" line="+4"/>
        <source>From HQ</source>
        <translation>From HQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/alerts.py" line="-72"/>
        <source>Confirmed match</source>
        <translation>Confirmed match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs HQ check</source>
        <translation>Needs HQ check</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/matching.py" line="+241"/>
        <source>date of birth not known on one side</source>
        <translation>date of birth not known on one side</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date of birth equal</source>
        <translation>date of birth equal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates of birth one digit apart ({ours} / {theirs})</source>
        <translation>dates of birth one digit apart ({ours} / {theirs})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dates of birth differ ({ours} / {theirs})</source>
        <translation>dates of birth differ ({ours} / {theirs})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year of birth equal</source>
        <translation>year of birth equal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years of birth {years} year(s) apart</source>
        <translation>years of birth {years} year(s) apart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years of birth differ ({ours} / {theirs})</source>
        <translation>years of birth differ ({ours} / {theirs})</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+44"/>
        <source>name similarity {score}</source>
        <translation>name similarity {score}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>nationality equal</source>
        <translation>nationality equal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nationality differs ({ours} / {theirs})</source>
        <translation>nationality differs ({ours} / {theirs})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document number {number} equal</source>
        <translation>document number {number} equal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IMO number equal</source>
        <translation>IMO number equal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MMSI equal</source>
        <translation>MMSI equal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>call sign equal</source>
        <translation>call sign equal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flag equal</source>
        <translation>flag equal</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/search.py" line="-9"/>
        <source>Tip-off</source>
        <translation>Tip-off</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_dialogs.py" line="+57"/>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue to:</source>
        <translation>Issue to:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected back:</source>
        <translation>Expected back:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue equipment</source>
        <translation>Issue equipment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick an item in store from the list.</source>
        <translation>Pick an item in store from the list.</translation>
    </message>
</context>
<context>
    <name>ItemEditDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/item_edit.py" line="+86"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make:</source>
        <translation>Make:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor:</source>
        <translation>Donor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant code:</source>
        <translation>Grant code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover date:</source>
        <translation>Handover date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handover document:</source>
        <translation>Handover document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (KHR):</source>
        <translation>Value (KHR):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (USD):</source>
        <translation>Value (USD):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>year-month-day</source>
        <translation>year-month-day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The status is not edited here: it changes when the item is issued, returned, sent for repair, reported lost or stolen, or disposed of.</source>
        <translation>The status is not edited here: it changes when the item is issued, returned, sent for repair, reported lost or stolen, or disposed of.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the value in riel as a whole number.</source>
        <translation>Enter the value in riel as a whole number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the value in US dollars, e.g. 1,250.00.</source>
        <translation>Enter the value in US dollars, e.g. 1,250.00.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../piu_desk/ui/equipment/item_page.py" line="+105"/>
        <source>Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report incident…</source>
        <translation>Report incident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered…</source>
        <translation>Recovered…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispose of…</source>
        <translation>Dispose of…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record acceptance</source>
        <translation>Record acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder signed the acceptance form</source>
        <translation>The holder signed the acceptance form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant code</source>
        <translation>Grant code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover document</source>
        <translation>Handover document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (KHR)</source>
        <translation>Value (KHR)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (USD)</source>
        <translation>Value (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never issued.</source>
        <translation>Never issued.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected back</source>
        <translation>Expected back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for repair</source>
        <translation>Sent for repair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen</source>
        <translation>Stolen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_models.py" line="+10"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <location filename="../piu_desk/ui/exchange/key_actions.py" line="+60"/>
        <location line="+9"/>
        <source>Rotate this desk&apos;s keys</source>
        <translation>Rotate this desk&apos;s keys</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Make new keys for this desk? The new keys are signed by the old ones and reach every peer with the next exchange; bundles already on their way can still be opened.</source>
        <translation>Make new keys for this desk? The new keys are signed by the old ones and reach every peer with the next exchange; bundles already on their way can still be opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make new keys</source>
        <translation>Make new keys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New keys made. Exchange with every peer soon, so they pin the new keys; read the new fingerprints to them by phone if they ask.</source>
        <translation>New keys made. Exchange with every peer soon, so they pin the new keys; read the new fingerprints to them by phone if they ask.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoke keys</source>
        <translation>Revoke keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke every key of {station}? Nothing signed with them will be accepted any more. This cannot be undone.</source>
        <translation>Revoke every key of {station}? Nothing signed with them will be accepted any more. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>KeysBox</name>
    <message>
        <location filename="../piu_desk/ui/exchange/keys_box.py" line="+79"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk&apos;s fingerprint, read out by phone when HQ or a station enrols this desk:</source>
        <translation>This desk&apos;s fingerprint, read out by phone when HQ or a station enrols this desk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol a station…</source>
        <translation>Enrol a station…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin a station&apos;s keys…</source>
        <translation>Pin a station&apos;s keys…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import enrolment from HQ…</source>
        <translation>Import enrolment from HQ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this desk&apos;s key file…</source>
        <translation>Write this desk&apos;s key file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate this desk&apos;s keys…</source>
        <translation>Rotate this desk&apos;s keys…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>HQ&apos;s keys are already pinned; later keys come as a rotation with the exchange.</source>
        <translation>HQ&apos;s keys are already pinned; later keys come as a rotation with the exchange.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Trusted peers:</source>
        <translation>Trusted peers:</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/labels_dialog.py" line="+64"/>
        <source>Print asset labels</source>
        <translation>Print asset labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected items (%1)</source>
        <translation>The selected items (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every item shown in the register (%1)</source>
        <translation>Every item shown in the register (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label sheet:</source>
        <translation>Label sheet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels already used on the first sheet:</source>
        <translation>Labels already used on the first sheet:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the labels…</source>
        <translation>Preparing the labels…</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/tiles.py" line="+213"/>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../piu_desk/ui/lock_screen.py" line="+52"/>
        <source>Locked — log in again</source>
        <translation>Locked — log in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password is needed to continue. Another user may log in instead.</source>
        <translation>Your password is needed to continue. Another user may log in instead.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../piu_desk/ui/login.py" line="-147"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location line="+217"/>
        <source>PIU Desk — log in</source>
        <translation>PIU Desk — log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIU Desk</source>
        <translation>PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in with your user name and password to open this desk&apos;s encrypted store.</source>
        <translation>Log in with your user name and password to open this desk&apos;s encrypted store.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in with a password instead</source>
        <translation>Log in with a password instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recovery key…</source>
        <translation>Use the recovery key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup…</source>
        <translation>Restore from backup…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../piu_desk/ui/main_window.py" line="+107"/>
        <source>PIU Desk — {station}</source>
        <translation>PIU Desk — {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIU Desk</source>
        <translation>PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the desk now (Ctrl+L)</source>
        <translation>Lock the desk now (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PIU Desk</source>
        <translation>&amp;About PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About PIU Desk</source>
        <translation>About PIU Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIU Desk {version}

The desk of a Port Intelligence Unit: records kept encrypted on this computer, shared with headquarters by sealed bundles.</source>
        <translation>PIU Desk {version}

The desk of a Port Intelligence Unit: records kept encrypted on this computer, shared with headquarters by sealed bundles.</translation>
    </message>
</context>
<context>
    <name>MaintenanceSection</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_section.py" line="+104"/>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due and overdue</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedules</source>
        <translation>Schedules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repairs</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record done…</source>
        <translation>Record done…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due list as PDF…</source>
        <translation>Due list as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan maintenance…</source>
        <translation>Plan maintenance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send for repair…</source>
        <translation>Send for repair…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from repair…</source>
        <translation>Back from repair…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{overdue} overdue · {soon} due in the next 30 days · {away} at the repairer</source>
        <translation>{overdue} overdue · {soon} due in the next 30 days · {away} at the repairer</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Preparing the due list…</source>
        <translation>Preparing the due list…</translation>
    </message>
</context>
<context>
    <name>MappingForm</name>
    <message>
        <location filename="../piu_desk/ui/equipment/handover_form.py" line="+34"/>
        <location line="+9"/>
        <source>(not in the sheet)</source>
        <translation>(not in the sheet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/match_panel.py" line="+116"/>
        <source>Where the crew list goes</source>
        <translation>Where the crew list goes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel:</source>
        <translation>Vessel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port call:</source>
        <translation>Port call:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew list for:</source>
        <translation>Crew list for:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sheet&apos;s vessel and port call</source>
        <translation>Use the sheet&apos;s vessel and port call</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose another port call…</source>
        <translation>Choose another port call…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the port call…</source>
        <translation>Choose the port call…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — the vessel of the port call chosen</source>
        <translation>%1 — the vessel of the port call chosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — already registered (%2)</source>
        <translation>%1 — already registered (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — new vessel, will be registered</source>
        <translation>%1 — new vessel, will be registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known from the sheet</source>
        <translation>not known from the sheet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — registered, chosen by you</source>
        <translation>%1 — registered, chosen by you</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — registered</source>
        <translation>%1 — registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — new port call, will be recorded</source>
        <translation>%1 — new port call, will be recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet gives no date of arrival or departure: choose the port call.</source>
        <translation>The sheet gives no date of arrival or departure: choose the port call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet: choose the port call</source>
        <translation>none yet: choose the port call</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the port call: the sheet names the ship %1, not this vessel.</source>
        <translation>Check the port call: the sheet names the ship %1, not this vessel.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../piu_desk/ui/conflicts/merge_dialog.py" line="+102"/>
        <source>Merge the two versions</source>
        <translation>Merge the two versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{record}
For each field that differs, pick the value to keep. Fields both versions agree on stay as they are. The merged record then goes to {peer} with the next exchange.</source>
        <translation>{record}
For each field that differs, pick the value to keep. Fields both versions agree on stay as they are. The merged record then goes to {peer} with the next exchange.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <location filename="../piu_desk/core/domain/mrz/codes.py" line="+19"/>
        <source>British Overseas Territories Citizen</source>
        <translation>British Overseas Territories Citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British National (Overseas)</source>
        <translation>British National (Overseas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Overseas Citizen</source>
        <translation>British Overseas Citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Protected Person</source>
        <translation>British Protected Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Subject</source>
        <translation>British Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Nations Organization</source>
        <translation>United Nations Organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialized agency of the United Nations</source>
        <translation>Specialized agency of the United Nations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident of Kosovo (document issued by UNMIK)</source>
        <translation>Resident of Kosovo (document issued by UNMIK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union</source>
        <translation>European Union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>African Development Bank</source>
        <translation>African Development Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>African Export-Import Bank</source>
        <translation>African Export-Import Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Community (CARICOM)</source>
        <translation>Caribbean Community (CARICOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council of Europe</source>
        <translation>Council of Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common Market for Eastern and Southern Africa</source>
        <translation>Common Market for Eastern and Southern Africa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Southern African Development Community</source>
        <translation>Southern African Development Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic Community of West African States</source>
        <translation>Economic Community of West African States</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation of Eastern Caribbean States</source>
        <translation>Organisation of Eastern Caribbean States</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliamentary Assembly of the Mediterranean</source>
        <translation>Parliamentary Assembly of the Mediterranean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sovereign Military Order of Malta</source>
        <translation>Sovereign Military Order of Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INTERPOL</source>
        <translation>INTERPOL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stateless person (1954 Convention)</source>
        <translation>Stateless person (1954 Convention)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee (1951 Convention)</source>
        <translation>Refugee (1951 Convention)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee (other than under the 1951 Convention)</source>
        <translation>Refugee (other than under the 1951 Convention)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality unspecified</source>
        <translation>Nationality unspecified</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utopia (ICAO specimen documents)</source>
        <translation>Utopia (ICAO specimen documents)</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/mrz/parse.py" line="+96"/>
        <source>No MRZ was given. Scan the document, or type its 2 lines (passport) or 3 lines (ID card).</source>
        <translation>No MRZ was given. Scan the document, or type its 2 lines (passport) or 3 lines (ID card).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one line of {found} characters was given; an MRZ has 2 lines of 44 (passport) or 3 lines of 30 (ID card). Scan the document again.</source>
        <translation>Only one line of {found} characters was given; an MRZ has 2 lines of 44 (passport) or 3 lines of 30 (ID card). Scan the document again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An MRZ has 2 lines (passport: 2 of 44 characters) or 3 lines (ID card: 3 of 30); {count} lines were given. Scan the document again.</source>
        <translation>An MRZ has 2 lines (passport: 2 of 44 characters) or 3 lines (ID card: 3 of 30); {count} lines were given. Scan the document again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line {line} has {found} characters; each line of a {format} MRZ has {length}. A character was dropped or added in reading: scan the document again.</source>
        <translation>Line {line} has {found} characters; each line of a {format} MRZ has {length}. A character was dropped or added in reading: scan the document again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines {lines} have {found} characters; each line of a {format} MRZ has {length}. Scan the document again.</source>
        <translation>Lines {lines} have {found} characters; each line of a {format} MRZ has {length}. Scan the document again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document number check digit: expected {expected}, found {found} — the document number or its check digit was misread.</source>
        <translation>Document number check digit: expected {expected}, found {found} — the document number or its check digit was misread.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of birth check digit: expected {expected}, found {found} — the date or its check digit was misread.</source>
        <translation>Date of birth check digit: expected {expected}, found {found} — the date or its check digit was misread.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of expiry check digit: expected {expected}, found {found} — the date or its check digit was misread.</source>
        <translation>Date of expiry check digit: expected {expected}, found {found} — the date or its check digit was misread.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal number check digit: expected {expected}, found {found} — the personal number or its check digit was misread.</source>
        <translation>Personal number check digit: expected {expected}, found {found} — the personal number or its check digit was misread.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composite check digit (the last character of line 2): expected {expected}, found {found} — one of the characters it covers (document number, dates, optional data and their check digits) or the digit itself was misread.</source>
        <translation>Composite check digit (the last character of line 2): expected {expected}, found {found} — one of the characters it covers (document number, dates, optional data and their check digits) or the digit itself was misread.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The date of birth ({birth}) is not before the date of expiry ({expiry}) — one of the dates was misread.</source>
        <translation>The date of birth ({birth}) is not before the date of expiry ({expiry}) — one of the dates was misread.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document expired on {date}.</source>
        <translation>The document expired on {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sex is &apos;{sex}&apos;, but it can only be M, F, X or &lt; — the character was misread.</source>
        <translation>Sex is &apos;{sex}&apos;, but it can only be M, F, X or &lt; — the character was misread.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document code &apos;{code}&apos; is unusual: in a {format} document it starts with {codes}. Compare it with the data page.</source>
        <translation>Document code &apos;{code}&apos; is unusual: in a {format} document it starts with {codes}. Compare it with the data page.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTO (Utopia) is the code of ICAO&apos;s specimen documents: no real document carries it.</source>
        <translation>UTO (Utopia) is the code of ICAO&apos;s specimen documents: no real document carries it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line {line} has {count} character(s) that cannot be in an MRZ (only A-Z, 0-9 and &lt;), the first &apos;{char}&apos; at position {position} — the line was misread or mistyped.</source>
        <translation>Line {line} has {count} character(s) that cannot be in an MRZ (only A-Z, 0-9 and &lt;), the first &apos;{char}&apos; at position {position} — the line was misread or mistyped.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document number&apos;s check digit is a filler (&lt;), which marks a number longer than 9 characters, but the rest of the number and its check digit are missing from the optional data — the line was misread.</source>
        <translation>The document number&apos;s check digit is a filler (&lt;), which marks a number longer than 9 characters, but the rest of the number and its check digit are missing from the optional data — the line was misread.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The name field has no surname — the name line was misread.</source>
        <translation>The name field has no surname — the name line was misread.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name field contains digits, which a name in an MRZ never has — the name line was misread (0 for O, 1 for I?).</source>
        <translation>The name field contains digits, which a name in an MRZ never has — the name line was misread (0 for O, 1 for I?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name fills its whole field and may be cut short; take the full name from the data page.</source>
        <translation>The name fills its whole field and may be cut short; take the full name from the data page.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The date of birth is wholly or partly unknown ({raw}): 9303 writes unknown parts as &lt;.</source>
        <translation>The date of birth is wholly or partly unknown ({raw}): 9303 writes unknown parts as &lt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date of birth &apos;{raw}&apos; is not a valid date (YYMMDD) — a character was misread.</source>
        <translation>The date of birth &apos;{raw}&apos; is not a valid date (YYMMDD) — a character was misread.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document gives no date of expiry.</source>
        <translation>The document gives no date of expiry.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of expiry &apos;{raw}&apos; is not a valid date (YYMMDD) — a character was misread.</source>
        <translation>The date of expiry &apos;{raw}&apos; is not a valid date (YYMMDD) — a character was misread.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issuing state &apos;{code}&apos; is not an ISO 3166-1 or ICAO code — the code was misread, or the document must be examined.</source>
        <translation>Issuing state &apos;{code}&apos; is not an ISO 3166-1 or ICAO code — the code was misread, or the document must be examined.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationality &apos;{code}&apos; is not an ISO 3166-1 or ICAO code — the code was misread, or the document must be examined.</source>
        <translation>Nationality &apos;{code}&apos; is not an ISO 3166-1 or ICAO code — the code was misread, or the document must be examined.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{code} is a former country code ({name}), no longer issued; examine the document.</source>
        <translation>{code} is a former country code ({name}), no longer issued; examine the document.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/mrz/report.py" line="+16"/>
        <source>Passport (TD3, 2 lines of 44)</source>
        <translation>Passport (TD3, 2 lines of 44)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document (TD2, 2 lines of 36)</source>
        <translation>Travel document (TD2, 2 lines of 36)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity card (TD1, 3 lines of 30)</source>
        <translation>Identity card (TD1, 3 lines of 30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa (MRV-A, 2 lines of 44)</source>
        <translation>Visa (MRV-A, 2 lines of 44)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa (MRV-B, 2 lines of 36)</source>
        <translation>Visa (MRV-B, 2 lines of 36)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M (male)</source>
        <translation>M (male)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F (female)</source>
        <translation>F (female)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (unspecified)</source>
        <translation>X (unspecified)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; (unspecified)</source>
        <translation>&lt; (unspecified)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(unknown code)</source>
        <translation>(unknown code)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check digit {found}: correct</source>
        <translation>check digit {found}: correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digit WRONG: expected {expected}, found {found}</source>
        <translation>check digit WRONG: expected {expected}, found {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional data</source>
        <translation>Optional data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document code</source>
        <translation>Document code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of expiry</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(expired)</source>
        <translation>(expired)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional data, line 2</source>
        <translation>Optional data, line 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every check passes.</source>
        <translation>Every check passes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} problem(s): the MRZ was misread, or the document must be examined.</source>
        <translation>{count} problem(s): the MRZ was misread, or the document must be examined.</translation>
    </message>
</context>
<context>
    <name>MrzPanel</name>
    <message>
        <location filename="../piu_desk/ui/crew_entry/mrz_panel.py" line="+105"/>
        <source>Passport or ID card (MRZ)</source>
        <translation>Passport or ID card (MRZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the document with the desk reader while the field below has the focus, or type its 2 lines (passport) or 3 lines (ID card), pressing Enter after each. A row is filled when every check digit holds.</source>
        <translation>Scan the document with the desk reader while the field below has the focus, or type its 2 lines (passport) or 3 lines (ID card), pressing Enter after each. A row is filled when every check digit holds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan or type the MRZ here</source>
        <translation>Scan or type the MRZ here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the lines as corrected above</source>
        <translation>Check the lines as corrected above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the row anyway</source>
        <translation>Fill the row anyway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row is filled as read; the cells of the failing fields stay marked.</source>
        <translation>The row is filled as read; the cells of the failing fields stay marked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 of %2 read</source>
        <translation>line %1 of %2 read</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Row filled from the MRZ: %1.</source>
        <translation>Row filled from the MRZ: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The MRZ was not used: %n problem(s) below. Correct the lines and check again, or fill the row anyway.</source>
        <translation>
            <numerusform>The MRZ was not used: %n problem(s) below. Correct the lines and check again, or fill the row anyway.</numerusform>
            <numerusform>The MRZ was not used: %n problem(s) below. Correct the lines and check again, or fill the row anyway.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row filled from the MRZ as read; its marked cells need checking against the document.</source>
        <translation>Row filled from the MRZ as read; its marked cells need checking against the document.</translation>
    </message>
</context>
<context>
    <name>MyDaySection</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/my_day.py" line="+99"/>
        <source>What is on your plate today. Click a figure to open the list behind it.</source>
        <translation>What is on your plate today. Click a figure to open the list behind it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My inspections to finish</source>
        <translation>My inspections to finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port calls today</source>
        <translation>Port calls today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open alerts</source>
        <translation>Open alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tip-offs still new</source>
        <translation>My tip-offs still new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment to accept or return</source>
        <translation>Equipment to accept or return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My draft and returned inspections</source>
        <translation>My draft and returned inspections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving or departing today</source>
        <translation>Arriving or departing today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip-offs I logged that are still new</source>
        <translation>Tip-offs I logged that are still new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment I hold</source>
        <translation>Equipment I hold</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click to open the list</source>
        <translation>Click to open the list</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My day, {date}</source>
        <translation>My day, {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} returned for changes</source>
        <translation>{count} returned for changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for the whole unit</source>
        <translation>for the whole unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} to accept</source>
        <translation>{count} to accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} due back</source>
        <translation>{count} due back</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finish them and submit them for approval.</source>
        <translation>Finish them and submit them for approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No draft or returned inspection of yours.</source>
        <translation>No draft or returned inspection of yours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Open the port calls</source>
        <translation>Open the port calls</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No vessel arrives or departs today.</source>
        <translation>No vessel arrives or departs today.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor or you can assess them.</source>
        <translation>A supervisor or you can assess them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your tip-offs is waiting to be assessed.</source>
        <translation>None of your tip-offs is waiting to be assessed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the tip-offs</source>
        <translation>Open the tip-offs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to accept or to return today.</source>
        <translation>Nothing to accept or to return today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open my equipment</source>
        <translation>Open my equipment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{vessel}, begun {when}: {status}</source>
        <translation>{vessel}, begun {when}: {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{vessel} arrives {when}</source>
        <translation>{vessel} arrives {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{vessel} departs {when}</source>
        <translation>{vessel} departs {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waiting for your acceptance</source>
        <translation>waiting for your acceptance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue since {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due back today</source>
        <translation>due back today</translation>
    </message>
</context>
<context>
    <name>MyEquipmentSection</name>
    <message>
        <location filename="../piu_desk/ui/equipment/mine.py" line="+41"/>
        <source>My equipment</source>
        <translation>My equipment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit&apos;s equipment you hold today. Check each item you were issued, then accept it: you answer for it until you return it to the custodian.</source>
        <translation>The unit&apos;s equipment you hold today. Check each item you were issued, then accept it: you answer for it until you return it to the custodian.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You hold no equipment of the unit.</source>
        <translation>You hold no equipment of the unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have received it</source>
        <translation>I have received it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the selected item you were issued</source>
        <translation>Accept the selected item you were issued</translation>
    </message>
</context>
<context>
    <name>NewArrivalDialog</name>
    <message>
        <location filename="../piu_desk/ui/records/arrival_dialog.py" line="-107"/>
        <source>New arrival</source>
        <translation>New arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the vessel: name, IMO number, MMSI or call sign</source>
        <translation>Find the vessel: name, IMO number, MMSI or call sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a new vessel…</source>
        <translation>Register a new vessel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record arrival</source>
        <translation>Record arrival</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No vessel chosen yet.</source>
        <translation>No vessel chosen yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arriving: %1</source>
        <translation>Arriving: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the vessel from the list, or register a new one.</source>
        <translation>Choose the vessel from the list, or register a new one.</translation>
    </message>
</context>
<context>
    <name>ParticularsPanel</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/particulars_panel.py" line="+63"/>
        <source>Ship particulars in the sheet</source>
        <translation>Ship particulars in the sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not in the sheet</source>
        <translation>not in the sheet</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../piu_desk/ui/admin/user_dialog.py" line="+265"/>
        <source>Enable %1</source>
        <translation>Enable %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling %1 needs a new password: the old one stopped working when the account was disabled. The user must change it at the first log-in.</source>
        <translation>Enabling %1 needs a new password: the old one stopped working when the account was disabled. The user must change it at the first log-in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for %1. The old password stops working at once; the user must change the new one at the first log-in.</source>
        <translation>Set a new password for %1. The old password stops working at once; the user must change the new one at the first log-in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enabling the account…</source>
        <translation>Enabling the account…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting the password…</source>
        <translation>Setting the password…</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <location filename="../piu_desk/ui/pdf_output.py" line="+45"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PDF file is not encrypted</source>
        <translation>This PDF file is not encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file is not encrypted. Anyone who gets it, from this computer, a USB stick or an e-mail, can read everything in it. Save it only where it is needed, keep it safe, and delete it when it is no longer needed.</source>
        <translation>The PDF file is not encrypted. Anyone who gets it, from this computer, a USB stick or an e-mail, can read everything in it. Save it only where it is needed, keep it safe, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It will be saved as:
%1</source>
        <translation>It will be saved as:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <location filename="../piu_desk/ui/exchange/peers_model.py" line="+37"/>
        <location line="+20"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone fingerprint</source>
        <translation>Phone fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sent</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last received</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes of this desk the peer has not confirmed yet: they go again with every bundle until a bundle from the peer confirms them.</source>
        <translation>Changes of this desk the peer has not confirmed yet: they go again with every bundle until a bundle from the peer confirms them.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HQ</source>
        <translation>HQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keys {n}</source>
        <translation>keys {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time}, no. {number}</source>
        <translation>{time}, no. {number}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/period_picker.py" line="+83"/>
        <source>One &amp;day</source>
        <translation>One &amp;day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A s&amp;hift</source>
        <translation>A s&amp;hift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;veral days</source>
        <translation>Se&amp;veral days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day:</source>
        <translation>First day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day:</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shift that ends before it starts ends the next day.</source>
        <translation>A shift that ends before it starts ends the next day.</translation>
    </message>
</context>
<context>
    <name>PersonAboardDialog</name>
    <message>
        <location filename="../piu_desk/ui/crew_entry/person_dialog.py" line="+129"/>
        <source>Person found aboard</source>
        <translation>Person found aboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nationality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Age (estimated):</source>
        <translation>&amp;Age (estimated):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G&amp;ender:</source>
        <translation>G&amp;ender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circumstances:</source>
        <translation>&amp;Circumstances:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UNKNOWN if the person gives none</source>
        <translation>UNKNOWN if the person gives none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 letters, for example MMR</source>
        <translation>3 letters, for example MMR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day, if known</source>
        <translation>year-month-day, if known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the date of birth is not known</source>
        <translation>When the date of birth is not known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and how the person was found, by whom, and in what condition.</source>
        <translation>Where and how the person was found, by whom, and in what condition.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under 18 by the date of birth or the age: marked as a minor.</source>
        <translation>Under 18 by the date of birth or the age: marked as a minor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saving the person found aboard…</source>
        <translation>Saving the person found aboard…</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../piu_desk/ui/records/person_page.py" line="+88"/>
        <source>Family name:</source>
        <translation>Family name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names:</source>
        <translation>Given names:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen on</source>
        <translation>Seen on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As</source>
        <translation>As</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank or details</source>
        <translation>Rank or details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be the same person</source>
        <translation>May be the same person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same date of birth</source>
        <translation>Same date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same nationality</source>
        <translation>Same nationality</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found aboard</source>
        <translation>Found aboard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+38"/>
        <source>Same person — link</source>
        <translation>Same person — link</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Looking for persons with a similar name…</source>
        <translation>Looking for persons with a similar name…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These records have a similar name. Link one only when you are sure it is the same person, for example the same passport under another spelling. Nothing is linked automatically.</source>
        <translation>These records have a similar name. Link one only when you are sure it is the same person, for example the same passport under another spelling. Nothing is linked automatically.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other person with a similar name has been recorded.</source>
        <translation>No other person with a similar name has been recorded.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link %1 to %2 as the same person?</source>
        <translation>Link %1 to %2 as the same person?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every crew list row and every record of a person found aboard of %1 will be shown on this page, and %1&apos;s documents are added to this person. Link only when you are sure, for example when the passport number is the same. The link is recorded in the audit trail.</source>
        <translation>Every crew list row and every record of a person found aboard of %1 will be shown on this page, and %1&apos;s documents are added to this person. Link only when you are sure, for example when the passport number is the same. The link is recorded in the audit trail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same person?</source>
        <translation>Same person?</translation>
    </message>
</context>
<context>
    <name>PinKeysDialog</name>
    <message>
        <location filename="../piu_desk/ui/exchange/pin_dialog.py" line="+83"/>
        <source>Import the enrolment from HQ</source>
        <translation>Import the enrolment from HQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin a station&apos;s keys</source>
        <translation>Pin a station&apos;s keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the enrolment file HQ wrote for this desk, call HQ, and type the fingerprint HQ reads out. HQ is trusted only when it matches.</source>
        <translation>Choose the enrolment file HQ wrote for this desk, call HQ, and type the fingerprint HQ reads out. HQ is trusted only when it matches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the key file the station wrote, call the station, and type the fingerprint it reads out. The station is trusted only when it matches.</source>
        <translation>Choose the key file the station wrote, call the station, and type the fingerprint it reads out. The station is trusted only when it matches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none chosen</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file:</source>
        <translation>In the file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint read out by phone:</source>
        <translation>Fingerprint read out by phone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust these keys</source>
        <translation>Trust these keys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the key file</source>
        <translation>Choose the key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Key files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>keys of {who}{name}, fingerprint {fp}</source>
        <translation>keys of {who}{name}, fingerprint {fp}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the key file first.</source>
        <translation>Choose the key file first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the fingerprint read out by phone.</source>
        <translation>Type the fingerprint read out by phone.</translation>
    </message>
</context>
<context>
    <name>PortCallForm</name>
    <message>
        <location filename="../piu_desk/ui/records/port_call_form.py" line="+84"/>
        <source>Arrival:</source>
        <translation>Arrival:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last port:</source>
        <translation>Last port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next port:</source>
        <translation>Next port:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berth:</source>
        <translation>Berth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voyage number:</source>
        <translation>Voyage number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew:</source>
        <translation>Crew:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passengers:</source>
        <translation>Passengers:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Departure:</source>
        <translation>Departure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when the departure time is known</source>
        <translation>Tick when the departure time is known</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UN/LOCODE or port name, e.g. VNSGN</source>
        <translation>UN/LOCODE or port name, e.g. VNSGN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>number</source>
        <translation>number</translation>
    </message>
</context>
<context>
    <name>PortCallPage</name>
    <message>
        <location filename="../piu_desk/ui/records/port_call_page.py" line="+100"/>
        <source>Vessel…</source>
        <translation>Vessel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the vessel&apos;s page</source>
        <translation>Open the vessel&apos;s page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vessel:</source>
        <translation>Vessel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag:</source>
        <translation>Flag:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMO:</source>
        <translation>IMO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival:</source>
        <translation>Arrival:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure:</source>
        <translation>Departure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last port:</source>
        <translation>Last port:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next port:</source>
        <translation>Next port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berth:</source>
        <translation>Berth:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voyage:</source>
        <translation>Voyage:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew:</source>
        <translation>Crew:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passengers:</source>
        <translation>Passengers:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Port call · arrived %1</source>
        <translation>Port call · arrived %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vulnerable persons found aboard — %1</source>
        <translation>Vulnerable persons found aboard — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crew lists (%1)</source>
        <translation>Crew lists (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons found aboard (%1)</source>
        <translation>Persons found aboard (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspections (%1)</source>
        <translation>Inspections (%1)</translation>
    </message>
</context>
<context>
    <name>PortCallPicker</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/port_call_picker.py" line="+77"/>
        <source>Choose the port call</source>
        <translation>Choose the port call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crew list is saved with the port call you choose. Recent port calls are listed first; type to find a vessel by name.</source>
        <translation>The crew list is saved with the port call you choose. Recent port calls are listed first; type to find a vessel by name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vessel name</source>
        <translation>Vessel name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No port call of a vessel with this name.</source>
        <translation>No port call of a vessel with this name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new arrival…</source>
        <translation>Record a new arrival…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PortCallsModel</name>
    <message>
        <location filename="../piu_desk/ui/records/port_calls_model.py" line="+92"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last port</source>
        <translation>Last port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next port</source>
        <translation>Next port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voyage</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>PortCallsView</name>
    <message>
        <location filename="../piu_desk/ui/records/port_calls_view.py" line="+132"/>
        <source>Port calls</source>
        <translation>Port calls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New arrival…</source>
        <translation>New arrival…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a vessel&apos;s arrival (Ctrl+N)</source>
        <translation>Record a vessel&apos;s arrival (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived:</source>
        <translation>Arrived:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between dates…</source>
        <translation>Between dates…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vessel:</source>
        <translation>Vessel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the vessel&apos;s name</source>
        <translation>Part of the vessel&apos;s name</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Port calls: %1</source>
        <translation>Port calls: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/preview_page.py" line="+152"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as:</source>
        <translation>Imported as:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guessed from the column title, but not for certain: check it.</source>
        <translation>Guessed from the column title, but not for certain: check it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guessed from the column title.</source>
        <translation>Guessed from the column title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen by you.</source>
        <translation>Chosen by you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This column is not imported.</source>
        <translation>This column is not imported.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>current FAL Form 5 layout</source>
        <translation>current FAL Form 5 layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older FAL Form 5 layout (combined columns)</source>
        <translation>older FAL Form 5 layout (combined columns)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns of both FAL Form 5 layouts</source>
        <translation>columns of both FAL Form 5 layouts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · column titles on sheet row %2 · %3</source>
        <translation>%1 · column titles on sheet row %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 valid, %2 with problems, %3 skipped</source>
        <translation>%1 valid, %2 with problems, %3 skipped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid (%1)</source>
        <translation>Valid (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped (%1)</source>
        <translation>Skipped (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a row to read all that was found in it.</source>
        <translation>Select a row to read all that was found in it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet row %1 is valid.</source>
        <translation>Sheet row %1 is valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet row %1 will not be imported:</source>
        <translation>Sheet row %1 will not be imported:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet row %1 is skipped:</source>
        <translation>Sheet row %1 is skipped:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet row %1 is valid; check:</source>
        <translation>Sheet row %1 is valid; check:</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_progress.py" line="+115"/>
        <location line="+17"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Inspections that followed it up</source>
        <translation>Inspections that followed it up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark assessed</source>
        <translation>Mark assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark actioned</source>
        <translation>Mark actioned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark closed</source>
        <translation>Mark closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turned out:</source>
        <translation>Turned out:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link inspection…</source>
        <translation>Link inspection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../piu_desk/ui/hq/publish_dialog.py" line="+80"/>
        <location line="+12"/>
        <source>Publish version {version}</source>
        <translation>Publish version {version}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Version {version} of the master watchlist goes to every station with its next bundle.
Changed entries since the last version: {changes}</source>
        <translation>Version {version} of the master watchlist goes to every station with its next bundle.
Changed entries since the last version: {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the stations:</source>
        <translation>Note for the stations:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: what changed and why</source>
        <translation>Optional: what changed and why</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After this date the stations see the watchlist as expired until they receive a newer version.</source>
        <translation>After this date the stations see the watchlist as expired until they receive a newer version.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Publishing the watchlist…</source>
        <translation>Publishing the watchlist…</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../piu_desk/ui/qt_texts.py" line="+38"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-26"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../piu_desk/ui/inspections/versions.py" line="+149"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordDoneDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_dialogs.py" line="+117"/>
        <source>Done on:</source>
        <translation>Done on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maintenance done</source>
        <translation>Maintenance done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was found or replaced (optional)</source>
        <translation>What was found or replaced (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../piu_desk/ui/records/page.py" line="+67"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Back to the previous page (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_picker.py" line="+83"/>
        <source>Choose the inspection</source>
        <translation>Choose the inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a vessel, person or port call</source>
        <translation>Choose a vessel, person or port call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the vessel&apos;s name or the inspection&apos;s date.</source>
        <translation>Type the vessel&apos;s name or the inspection&apos;s date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name in any order, an IMO or MMSI number, a call sign or a document number.</source>
        <translation>Type a name in any order, an IMO or MMSI number, a call sign or a document number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Check the spelling, or search with fewer words.</source>
        <translation>Nothing found. Check the spelling, or search with fewer words.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../piu_desk/core/domain/crew.py" line="+35"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible victim of trafficking</source>
        <translation>Possible victim of trafficking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs medical care</source>
        <translation>Needs medical care</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/inspection.py" line="+44"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted</source>
        <translation>Targeted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up of a tip-off</source>
        <translation>Follow-up of a tip-off</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to another agency</source>
        <translation>Referred to another agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessel detained</source>
        <translation>Vessel detained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons taken off the vessel</source>
        <translation>Persons taken off the vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry denied</source>
        <translation>Entry denied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for approval</source>
        <translation>Submitted for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned for changes</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/search.py" line="-6"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port call</source>
        <translation>Port call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew member</source>
        <translation>Crew member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard</source>
        <translation>Person found aboard</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/vessels.py" line="-47"/>
        <source>same IMO number</source>
        <translation>same IMO number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same MMSI</source>
        <translation>same MMSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same call sign</source>
        <translation>same call sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name (now or formerly) and flag</source>
        <translation>same name (now or formerly) and flag</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <location filename="../piu_desk/ui/records/section.py" line="+75"/>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/incident_dialog.py" line="+22"/>
        <source>Found on:</source>
        <translation>Found on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept at:</source>
        <translation>Kept at:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item recovered</source>
        <translation>Item recovered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back in store</source>
        <translation>Back in store</translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <location filename="../piu_desk/ui/login.py" line="-156"/>
        <source>Type the recovery key from the printed sheet, group by group. Spaces and dashes do not matter. Each use is recorded in the audit trail.</source>
        <translation>Type the recovery key from the printed sheet, group by group. Spaces and dashes do not matter. Each use is recorded in the audit trail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with the recovery key</source>
        <translation>Log in with the recovery key</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the recovery key…</source>
        <translation>Checking the recovery key…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This recovery key does not open this store. Check that the sheet belongs to this station.</source>
        <translation>This recovery key does not open this store. Check that the sheet belongs to this station.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../piu_desk/ui/admin/recovery_dialog.py" line="+80"/>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the new recovery key of %1. It is shown only this once; the previous recovery key no longer works.</source>
        <translation>This is the new recovery key of %1. It is shown only this once; the previous recovery key no longer works.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print it, or copy it by hand, and keep the sheet sealed in the safe. Anyone holding it can open the store; if every administrator forgets their password, only this key opens it.</source>
        <translation>Print it, or copy it by hand, and keep the sheet sealed in the safe. Anyone holding it can open the store; if every administrator forgets their password, only this key opens it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIU Desk recovery key</source>
        <translation>PIU Desk recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../piu_desk/ui/wizard.py" line="-42"/>
        <source>The recovery key</source>
        <translation>The recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: shown this once only.</source>
        <translation>Step 3 of 3: shown this once only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If every administrator password is lost, this key is the only way into the store. Print it or write it down now, and keep it locked away from the computer. It will not be shown again.</source>
        <translation>If every administrator password is lost, this key is the only way into the store. Print it or write it down now, and keep it locked away from the computer. It will not be shown again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have printed or written down the recovery key</source>
        <translation>I have printed or written down the recovery key</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../piu_desk/ui/recovery_sheet.py" line="+53"/>
        <source>PIU Desk recovery key</source>
        <translation>PIU Desk recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on:</source>
        <translation>Printed on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key opens the store when every administrator password is lost. Keep this sheet locked away, apart from the computer. Anyone who holds it can read everything on the desk.</source>
        <translation>This key opens the store when every administrator password is lost. Keep this sheet locked away, apart from the computer. Anyone who holds it can read everything on the desk.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
</context>
<context>
    <name>ReferenceBanner</name>
    <message>
        <location filename="../piu_desk/ui/hq/reference_banner.py" line="+92"/>
        <source>No watchlist from HQ yet — exchange with HQ to receive it.</source>
        <translation>No watchlist from HQ yet — exchange with HQ to receive it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The HQ watchlist expired on {date} — exchange with HQ to receive the current one.</source>
        <translation>The HQ watchlist expired on {date} — exchange with HQ to receive the current one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watchlist from HQ: version {version}, valid until {date}</source>
        <translation>Watchlist from HQ: version {version}, valid until {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} days left</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>received {time}</source>
        <translation>received {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stations have no watchlist from HQ yet.</source>
        <translation>The stations have no watchlist from HQ yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the stations: version {version}, valid until {date}.</source>
        <translation>Sent to the stations: version {version}, valid until {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes not yet published: {n} — a supervisor publishes them in Stations.</source>
        <translation>Changes not yet published: {n} — a supervisor publishes them in Stations.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/register_model.py" line="+107"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make and model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (USD)</source>
        <translation>Value (USD)</translation>
    </message>
</context>
<context>
    <name>RegisterReports</name>
    <message>
        <location filename="../piu_desk/ui/equipment/register_reports.py" line="+53"/>
        <source>Asset register</source>
        <translation>Asset register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets by holder</source>
        <translation>Assets by holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance due</source>
        <translation>Maintenance due</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This workbook is not encrypted</source>
        <translation>This workbook is not encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook is not encrypted. Anyone who gets it can read everything in it. Save it only where it is needed, and send it to the donor only.</source>
        <translation>The workbook is not encrypted. Anyone who gets it can read everything in it. Save it only where it is needed, and send it to the donor only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will be saved as:
%1</source>
        <translation>It will be saved as:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the workbook</source>
        <translation>Save the workbook</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the register for the donor</source>
        <translation>Export the register for the donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../piu_desk/ui/equipment/register_view.py" line="+188"/>
        <source>Equipment register</source>
        <translation>Equipment register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find by tag:</source>
        <translation>Find by tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a label or type a tag, then Enter</source>
        <translation>Scan a label or type a tag, then Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import handover list…</source>
        <translation>Import handover list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print labels…</source>
        <translation>Print labels…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR label sheets for the selected items, or for every item shown</source>
        <translation>QR label sheets for the selected items, or for every item shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printout</source>
        <translation>Language of the printout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The items shown</source>
        <translation>The items shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items shown, as a workbook for the donor</source>
        <translation>The items shown, as a workbook for the donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains:</source>
        <translation>Contains:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag, description or serial number</source>
        <translation>Tag, description or serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any location</source>
        <translation>Any location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 items</source>
        <translation>%1 of %2 items</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No item in the register has the tag %1.</source>
        <translation>No item in the register has the tag %1.</translation>
    </message>
</context>
<context>
    <name>ReleasesBox</name>
    <message>
        <location filename="../piu_desk/ui/hq/releases_box.py" line="+96"/>
        <source>Master watchlist</source>
        <translation>Master watchlist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions published:</source>
        <translation>Versions published:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a supervisor publishes a version.</source>
        <translation>Only a supervisor publishes a version.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No version published yet: the stations have no watchlist from HQ.</source>
        <translation>No version published yet: the stations have no watchlist from HQ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{version} · entries: {entries}</source>
        <translation>{version} · entries: {entries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published {time} by {user}</source>
        <translation>Published {time} by {user}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes not yet published: {n}</source>
        <translation>Changes not yet published: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change is published.</source>
        <translation>Every change is published.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish version {version}…</source>
        <translation>Publish version {version}…</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <location line="-92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RepairReturnDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_dialogs.py" line="+57"/>
        <source>Back on:</source>
        <translation>Back on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost (USD):</source>
        <translation>Cost (USD):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost (KHR):</source>
        <translation>Cost (KHR):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back from repair</source>
        <translation>Back from repair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 85.50</source>
        <translation>e.g. 85.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 350,000</source>
        <translation>e.g. 350,000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in store</source>
        <translation>Back in store</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the cost in dollars, e.g. 85.50.</source>
        <translation>Enter the cost in dollars, e.g. 85.50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the cost in whole riel, e.g. 350000.</source>
        <translation>Enter the cost in whole riel, e.g. 350000.</translation>
    </message>
</context>
<context>
    <name>RepairSendDialog</name>
    <message>
        <location line="-68"/>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent on:</source>
        <translation>Sent on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repairer:</source>
        <translation>Repairer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fault:</source>
        <translation>Fault:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send for repair</source>
        <translation>Send for repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick the item from the list.</source>
        <translation>Pick the item from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the repairer.</source>
        <translation>Name the repairer.</translation>
    </message>
</context>
<context>
    <name>RepairsModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_models.py" line="+40"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repairer</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>at the repairer</source>
        <translation>at the repairer</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/preview.py" line="+90"/>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview appears here.</source>
        <translation>The preview appears here.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../piu_desk/core/reports/document.py" line="+47"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference: {reference}</source>
        <translation>Reference: {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code: {code}</source>
        <translation>Verification code: {code}</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/recovery_sheet.py" line="+26"/>
        <source>PIU Desk recovery key</source>
        <translation>PIU Desk recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on:</source>
        <translation>Printed on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this sheet in the safe. Anyone holding it can open the store and read everything in it.</source>
        <translation>Keep this sheet in the safe. Anyone holding it can open the store and read everything in it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key is needed only when every administrator password is lost. Type the groups in order; a group typed wrong is named by its number.</source>
        <translation>The key is needed only when every administrator password is lost. Type the groups in order; a group typed wrong is named by its number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a new recovery key is made, this one stops working: destroy this sheet.</source>
        <translation>When a new recovery key is made, this one stops working: destroy this sheet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed in the safe by</source>
        <translation>Placed in the safe by</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/tables.py" line="+19"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+20"/>
        <location filename="../piu_desk/core/reports/tables.py" line="+1"/>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+47"/>
        <source>Inspection report</source>
        <translation>Inspection report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This inspection is not approved ({status}); the record may still change.</source>
        <translation>This inspection is not approved ({status}); the record may still change.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+43"/>
        <location line="+52"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Port call</source>
        <translation>Port call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No findings were written.</source>
        <translation>No findings were written.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-81"/>
        <location line="+18"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Persons found aboard</source>
        <translation>Persons found aboard</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+31"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>MMSI</source>
        <translation>MMSI</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-72"/>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft, not issued: this copy has no report number and cannot be verified.</source>
        <translation>Draft, not issued: this copy has no report number and cannot be verified.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not issued</source>
        <translation>not issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report number</source>
        <translation>Report number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To check a paper copy, give the desk its report number and the verification code printed at the foot of every page.</source>
        <translation>To check a paper copy, give the desk its report number and the verification code printed at the foot of every page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Vessels</source>
        <translation>Vessels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Crew screened</source>
        <translation>Crew screened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew lists</source>
        <translation>Crew lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Watchlist alerts</source>
        <translation>Watchlist alerts</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Minors</source>
        <translation>Minors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible victims of trafficking</source>
        <translation>Possible victims of trafficking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Tip-offs received</source>
        <translation>Tip-offs received</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost or stolen</source>
        <translation>Lost or stolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending items</source>
        <translation>Pending items</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Inspections awaiting approval</source>
        <translation>Inspections awaiting approval</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Open alerts</source>
        <translation>Open alerts</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Overdue returns</source>
        <translation>Overdue returns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vessels arrived</source>
        <translation>Vessels arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessels departed</source>
        <translation>Vessels departed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew lists screened</source>
        <translation>Crew lists screened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment issued, returned and lost</source>
        <translation>Equipment issued, returned and lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending items carried over</source>
        <translation>Pending items carried over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue equipment returns</source>
        <translation>Overdue equipment returns</translation>
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
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist entry</source>
        <translation>Watchlist entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Crew member</source>
        <translation>Crew member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person found aboard</source>
        <translation>Person found aboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed match</source>
        <translation>Confirmed match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs HQ check</source>
        <translation>Needs HQ check</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Gross tonnage</source>
        <translation>Gross tonnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner / operator</source>
        <translation>Owner / operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former names and flags</source>
        <translation>Former names and flags</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-54"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+4"/>
        <source>Last port</source>
        <translation>Last port</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Next port</source>
        <translation>Next port</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+10"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Passengers</source>
        <translation>Passengers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-3"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Boarding officers</source>
        <translation>Boarding officers</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+34"/>
        <source>Asset register</source>
        <translation>Asset register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets by holder</source>
        <translation>Assets by holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance due</source>
        <translation>Maintenance due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification report</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover certificate</source>
        <translation>Handover certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment acceptance form</source>
        <translation>Equipment acceptance form</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+22"/>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value (USD)</source>
        <translation>Value (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (KHR)</source>
        <translation>Value (KHR)</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+3"/>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-27"/>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="+1"/>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged scans</source>
        <translation>Flagged scans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned at</source>
        <translation>Scanned at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} items, USD {usd}, KHR {khr}</source>
        <translation>{count} items, USD {usd}, KHR {khr}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items below were handed over by {donor} under agreement {agreement} on {date} (document {document}) and received by the unit.</source>
        <translation>The items below were handed over by {donor} under agreement {agreement} on {date} (document {document}) and received by the unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I, {holder}, have received the items below in the condition stated, and will keep them safe, use them for official duties only and return them when asked.</source>
        <translation>I, {holder}, have received the items below in the condition stated, and will keep them safe, use them for official duties only and return them when asked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+1"/>
        <location filename="../piu_desk/core/reports/equipment_reports.py" line="-24"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <location filename="../piu_desk/core/reports/tables.py" line="+1"/>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review comment</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+13"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+4"/>
        <source>Date of birth or age</source>
        <translation>Date of birth or age</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source code</source>
        <translation>Source code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected back</source>
        <translation>Expected back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade {grade}</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended on</source>
        <translation>Amended on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended by</source>
        <translation>Amended by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boarding officer</source>
        <translation>Boarding officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewing supervisor</source>
        <translation>Reviewing supervisor</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/crew_list_report.py" line="+33"/>
        <source>Crew list</source>
        <translation>Crew list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO FAL Form 5</source>
        <translation>IMO FAL Form 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="-54"/>
        <source>Printed by {name} on {date}</source>
        <translation>Printed by {name} on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {file}</source>
        <translation>Source: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-26"/>
        <location line="+48"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+22"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-47"/>
        <location line="+48"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and signature by master, authorized agent or officer</source>
        <translation>Date and signature by master, authorized agent or officer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of ship</source>
        <translation>Name of ship</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="-10"/>
        <source>IMO number</source>
        <translation>IMO number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+2"/>
        <source>Call sign</source>
        <translation>Call sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+13"/>
        <source>Voyage number</source>
        <translation>Voyage number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port of arrival/departure</source>
        <translation>Port of arrival/departure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of arrival/departure</source>
        <translation>Date of arrival/departure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag State of ship</source>
        <translation>Flag State of ship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last port of call</source>
        <translation>Last port of call</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="-50"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+13"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank or rating</source>
        <translation>Rank or rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+24"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+1"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../piu_desk/core/reports/daily_labels.py" line="+2"/>
        <location filename="../piu_desk/core/reports/inspection_report.py" line="+3"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature of identity document</source>
        <translation>Nature of identity document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of identity document</source>
        <translation>Number of identity document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuing State of identity document</source>
        <translation>Issuing State of identity document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry date of identity document</source>
        <translation>Expiry date of identity document</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_register.py" line="+59"/>
        <source>The desk has not issued a daily report numbered {number}. Check the number on the paper copy.</source>
        <translation>The desk has not issued a daily report numbered {number}. Check the number on the paper copy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The verification code does not match report {number}: the paper copy was altered, or the code was mistyped.</source>
        <translation>The verification code does not match report {number}: the paper copy was altered, or the code was mistyped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A verification code has 8 letters and digits, such as 7F3K-92QD.</source>
        <translation>A verification code has 8 letters and digits, such as 7F3K-92QD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report {number} was issued by {name} on {date}; the code matches.</source>
        <translation>Report {number} was issued by {name} on {date}; the code matches.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../piu_desk/ui/dialogs.py" line="+81"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup replaces the store on this computer. The current store is not deleted: it is moved to a folder beside it. Log in as an administrator of the backup.</source>
        <translation>The backup replaces the store on this computer. The current store is not deleted: it is moved to a folder beside it. Log in as an administrator of the backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an existing backup file.</source>
        <translation>Choose an existing backup file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an administrator&apos;s user name and password.</source>
        <translation>Enter an administrator&apos;s user name and password.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/custody_dialogs.py" line="+13"/>
        <source>Returned on:</source>
        <translation>Returned on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept at:</source>
        <translation>Kept at:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return to store</source>
        <translation>Return to store</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}, held by {holder}</source>
        <translation>{item}, held by {holder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../piu_desk/core/domain/accounts.py" line="+27"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment custodian</source>
        <translation>Equipment custodian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange officer</source>
        <translation>Exchange officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/rows_model.py" line="+95"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_dialogs.py" line="-124"/>
        <source>Task:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from:</source>
        <translation>Counted from:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan maintenance</source>
        <translation>Plan maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Battery capacity test</source>
        <translation>e.g. Battery capacity test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One item</source>
        <translation>One item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item of</source>
        <translation>Every item of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every (months)</source>
        <translation>Every (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once, on</source>
        <translation>Once, on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick the item from the list.</source>
        <translation>Pick the item from the list.</translation>
    </message>
</context>
<context>
    <name>SchedulesModel</name>
    <message>
        <location filename="../piu_desk/ui/equipment/maintenance_models.py" line="-51"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>every {category}</source>
        <translation>every {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every {n} months</source>
        <translation>every {n} months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once, on {date}</source>
        <translation>once, on {date}</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../piu_desk/ui/records/search_view.py" line="+120"/>
        <source>Search vessels, port calls, persons and crew: name in any order, IMO, MMSI, call sign or document number (Ctrl+F)</source>
        <translation>Search vessels, port calls, persons and crew: name in any order, IMO, MMSI, call sign or document number (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Check the spelling, or search with fewer words.</source>
        <translation>Nothing found. Check the spelling, or search with fewer words.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” · %2 found</source>
        <translation>“%1” · %2 found</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Vessels</source>
        <translation>Vessels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port calls</source>
        <translation>Port calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew list rows</source>
        <translation>Crew list rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons found aboard</source>
        <translation>Persons found aboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../piu_desk/ui/sections.py" line="+57"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port calls</source>
        <translation>Port calls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vessels</source>
        <translation>Vessels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip-offs</source>
        <translation>Tip-offs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My equipment</source>
        <translation>My equipment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/conflicts/section.py" line="-123"/>
        <location filename="../piu_desk/ui/sections.py" line="-8"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../piu_desk/ui/settings_view.py" line="+93"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of PIU Desk:</source>
        <translation>Language of PIU Desk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic lock</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after this many idle minutes:</source>
        <translation>Lock after this many idle minutes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk locks itself after this time without keyboard or mouse use, and when the computer&apos;s screen locks. It applies to every account on this desk.</source>
        <translation>The desk locks itself after this time without keyboard or mouse use, and when the computer&apos;s screen locks. It applies to every account on this desk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk locks itself after this time without keyboard or mouse use. Only an administrator can change it.</source>
        <translation>The desk locks itself after this time without keyboard or mouse use. Only an administrator can change it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../piu_desk/ui/shell.py" line="+237"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The backup was restored. Log in to continue.</source>
        <translation>The backup was restored. Log in to continue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store it replaced was moved to:
{path}</source>
        <translation>The store it replaced was moved to:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
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
        <translation>Register a source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source {code}</source>
        <translation>Source {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who it is:</source>
        <translation>Who it is:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Such as PIU-KOS-S04; never part of a name</source>
        <translation>Such as PIU-KOS-S04; never part of a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the code is ever shown outside this register. Who the source is, the contact and the notes are sealed so that only supervisors can read them, and they never leave this desk.</source>
        <translation>Only the code is ever shown outside this register. Who the source is, the contact and the notes are sealed so that only supervisors can read them, and they never leave this desk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/sources_model.py" line="+72"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SourcesSection</name>
    <message>
        <location filename="../piu_desk/ui/intel/sources_section.py" line="+118"/>
        <source>Source register</source>
        <translation>Source register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human sources are known everywhere else by their code only. Who they are is sealed for supervisors and never leaves this desk.</source>
        <translation>Human sources are known everywhere else by their code only. Who they are is sealed for supervisors and never leaves this desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a source…</source>
        <translation>Register a source…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports:</source>
        <translation>Reports:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades given:</source>
        <translation>Grades given:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show identity</source>
        <translation>Show identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide identity</source>
        <translation>Hide identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each time a source&apos;s identity is shown, the audit trail records it with your name.</source>
        <translation>Each time a source&apos;s identity is shown, the audit trail records it with your name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity (hidden again when you leave)</source>
        <translation>Identity (hidden again when you leave)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who it is:</source>
        <translation>Who it is:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{code} (no longer in use)</source>
        <translation>{code} (no longer in use)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reports} reports, {graded} graded: {confirmed} confirmed, {not} not confirmed, {open} not yet known.</source>
        <translation>{reports} reports, {graded} graded: {confirmed} confirmed, {not} not confirmed, {open} not yet known.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmed in {confirmed} of the {known} reports whose outcome is known.</source>
        <translation>Confirmed in {confirmed} of the {known} reports whose outcome is known.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop using it</source>
        <translation>Stop using it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use it again</source>
        <translation>Use it again</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_section.py" line="+41"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on:</source>
        <translation>Starts on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual verification {year}</source>
        <translation>Annual verification {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a verification campaign</source>
        <translation>Start a verification campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../piu_desk/ui/crew_import/pages.py" line="-39"/>
        <source>Import a crew list (FAL Form 5)</source>
        <translation>Import a crew list (FAL Form 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the spreadsheet the shipping agent sent: an Excel workbook (.xlsx) or a CSV file, in the current FAL Form 5 layout or the older one with combined columns. You will see every row and what was found in it before anything is saved.</source>
        <translation>Choose the spreadsheet the shipping agent sent: an Excel workbook (.xlsx) or a CSV file, in the current FAL Form 5 layout or the older one with combined columns. You will see every row and what was found in it before anything is saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the file…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the port call: %1</source>
        <translation>For the port call: %1</translation>
    </message>
</context>
<context>
    <name>StationDetails</name>
    <message>
        <location filename="../piu_desk/ui/hq/station_details.py" line="+50"/>
        <source>Choose a station in the table to see its keys and bundles.</source>
        <translation>Choose a station in the table to see its keys and bundles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprints:</source>
        <translation>Fingerprints:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles:</source>
        <translation>Bundles:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting:</source>
        <translation>Waiting:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last in: {moment}</source>
        <translation>Last in: {moment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last out: {moment}</source>
        <translation>Last out: {moment}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing bundles from this station: {numbers}. Its next bundle carries their changes again; nothing is lost.</source>
        <translation>Missing bundles from this station: {numbers}. Its next bundle carries their changes again; nothing is lost.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By phone: {fingerprint}</source>
        <translation>By phone: {fingerprint}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes not yet confirmed by the station: {n}</source>
        <translation>Changes not yet confirmed by the station: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exchange with it for more than a week: send it a bundle.</source>
        <translation>No exchange with it for more than a week: send it a bundle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records from it: {records}; conflicts: {conflicts}; waiting for records still to come: {parked}</source>
        <translation>Records from it: {records}; conflicts: {conflicts}; waiting for records still to come: {parked}</translation>
    </message>
</context>
<context>
    <name>StationFilter</name>
    <message>
        <location filename="../piu_desk/ui/station_filter.py" line="+114"/>
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All stations</source>
        <translation>All stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the records of one station, or of all</source>
        <translation>Show the records of one station, or of all</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../piu_desk/ui/wizard.py" line="-175"/>
        <source>This desk&apos;s station</source>
        <translation>This desk&apos;s station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 3: the port unit this computer belongs to.</source>
        <translation>Step 1 of 3: the port unit this computer belongs to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to PIU Desk. No store was found on this computer, so we set one up now. Everything you enter is kept encrypted on this computer.</source>
        <translation>Welcome to PIU Desk. No store was found on this computer, so we set one up now. Everything you enter is kept encrypted on this computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station name:</source>
        <translation>Station name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN/LOCODE:</source>
        <translation>UN/LOCODE:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit (optional):</source>
        <translation>Unit (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example Sihanoukville Autonomous Port PIU</source>
        <translation>for example Sihanoukville Autonomous Port PIU</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <location filename="../piu_desk/ui/hq/stations_model.py" line="+93"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle in</source>
        <translation>Last bundle in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing bundles</source>
        <translation>Missing bundles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle out</source>
        <translation>Last bundle out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Bundles with these numbers never arrived; the station&apos;s next bundle carries their changes again.</source>
        <translation>Bundles with these numbers never arrived; the station&apos;s next bundle carries their changes again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes the station has not confirmed, and no bundle from it for more than a week.</source>
        <translation>Changes the station has not confirmed, and no bundle from it for more than a week.</translation>
    </message>
</context>
<context>
    <name>StationsSection</name>
    <message>
        <location filename="../piu_desk/ui/hq/stations_section.py" line="+89"/>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each station&apos;s last bundle in and out. Missing bundle numbers are red; changes a station has not confirmed are amber when it has not exchanged for a week.</source>
        <translation>Each station&apos;s last bundle in and out. Missing bundle numbers are red; changes a station has not confirmed are amber when it has not exchanged for a week.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Exchange</source>
        <translation>Go to Exchange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange now reads every station&apos;s bundle on the stick and writes one back to each.</source>
        <translation>Exchange now reads every station&apos;s bundle on the stick and writes one back to each.</translation>
    </message>
</context>
<context>
    <name>StoreView</name>
    <message>
        <location filename="../piu_desk/ui/admin/store_view.py" line="+114"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an encrypted copy of the database and its key slots to one file, for example on a USB stick kept in the safe. It opens only with a password of this store or its recovery key.</source>
        <translation>Write an encrypted copy of the database and its key slots to one file, for example on a USB stick kept in the safe. It opens only with a password of this store or its recovery key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity check</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every page of the encrypted database, its structure and the audit chain. Nothing is changed.</source>
        <translation>Check every page of the encrypted database, its structure and the audit chain. Nothing is changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data key</source>
        <translation>Data key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotate data key…</source>
        <translation>Rotate data key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the whole database again under a new key. Do this when a laptop, a disk or a copy of the data folder may have been exposed. Every enabled account keeps its password.</source>
        <translation>Encrypt the whole database again under a new key. Do this when a laptop, a disk or a copy of the data folder may have been exposed. Every enabled account keeps its password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New recovery key…</source>
        <translation>New recovery key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a new recovery key, for example when the printed sheet went missing. The old key stops working at once.</source>
        <translation>Issue a new recovery key, for example when the printed sheet went missing. The old key stops working at once.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up the store</source>
        <translation>Back up the store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIU Desk backups (*.piubak)</source>
        <translation>PIU Desk backups (*.piubak)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: %1
Size: %2
Made: %3
Keep it somewhere safe, away from this computer.</source>
        <translation>File: %1
Size: %2
Made: %3
Keep it somewhere safe, away from this computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was written and read back.</source>
        <translation>The backup was written and read back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup was written.</source>
        <translation>No backup was written.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the store…</source>
        <translation>Checking the store…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more problems.</source>
        <translation>… and %1 more problems.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail: entry %1 does not fit the chain (%2).</source>
        <translation>Audit trail: entry %1 does not fit the chain (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store is sound: pages, structure and the audit chain (%1 entries) were checked.</source>
        <translation>The store is sound: pages, structure and the audit chain (%1 entries) were checked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check found problems. Do not write to the store; restore the latest backup or call support.</source>
        <translation>The check found problems. Do not write to the store; restore the latest backup or call support.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: the key-slot file was altered outside PIU Desk.</source>
        <translation>Warning: the key-slot file was altered outside PIU Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: an older copy of the database was put back.</source>
        <translation>Warning: an older copy of the database was put back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotate the data key?</source>
        <translation>Rotate the data key?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole database will be encrypted again under a new data key. Every enabled account keeps its password; old copies of the data folder no longer open with today&apos;s key slots.</source>
        <translation>The whole database will be encrypted again under a new data key. Every enabled account keeps its password; old copies of the data folder no longer open with today&apos;s key slots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate the key</source>
        <translation>Rotate the key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a large store this takes a while; keep the computer on until it is done.</source>
        <translation>On a large store this takes a while; keep the computer on until it is done.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rotating the data key…</source>
        <translation>Rotating the data key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data key was not rotated.</source>
        <translation>The data key was not rotated.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data key was rotated.</source>
        <translation>The data key was rotated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every enabled account keeps its password. Make a new backup: older backups still open with the passwords they were made with.</source>
        <translation>Every enabled account keeps its password. Make a new backup: older backups still open with the passwords they were made with.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue a new recovery key?</source>
        <translation>Issue a new recovery key?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current recovery key stops working at once. The new one is shown only once: have the printer ready, or paper to copy it by hand.</source>
        <translation>The current recovery key stops working at once. The new one is shown only once: have the printer ready, or paper to copy it by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a new key</source>
        <translation>Issue a new key</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issuing a new recovery key…</source>
        <translation>Issuing a new recovery key…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new recovery key was issued.</source>
        <translation>A new recovery key was issued.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous recovery key no longer works.</source>
        <translation>The previous recovery key no longer works.</translation>
    </message>
</context>
<context>
    <name>StoreWarnings</name>
    <message>
        <location filename="../piu_desk/ui/dialogs.py" line="-93"/>
        <source>The key-slot file (the file that holds each account&apos;s locked key) was changed outside PIU Desk, or replaced by another copy, since this desk last used it. Someone may have tried to tamper with the accounts.</source>
        <translation>The key-slot file (the file that holds each account&apos;s locked key) was changed outside PIU Desk, or replaced by another copy, since this desk last used it. Someone may have tried to tamper with the accounts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell your supervisor now. Do not add or change accounts until they have looked at it, and compare the store with the last backup.</source>
        <translation>Tell your supervisor now. Do not add or change accounts until they have looked at it, and compare the store with the last backup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is older than the one this desk last used: an earlier copy may have been put back. Records added since then may be missing.</source>
        <translation>The database is older than the one this desk last used: an earlier copy may have been put back. Records added since then may be missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell your supervisor before you change anything, and compare the store with the last backup.</source>
        <translation>Tell your supervisor before you change anything, and compare the store with the last backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store reported a problem at log-in.</source>
        <translation>The store reported a problem at log-in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your supervisor and compare the store with the last backup.</source>
        <translation>Tell your supervisor and compare the store with the last backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check this store</source>
        <translation>Check this store</translation>
    </message>
</context>
<context>
    <name>SubjectsEditor</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_subjects.py" line="+90"/>
        <source>Add vessel, person or port call…</source>
        <translation>Add vessel, person or port call…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Container number, such as CSQU3054383</source>
        <translation>Container number, such as CSQU3054383</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{number}: the check digit is right.</source>
        <translation>{number}: the check digit is right.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../piu_desk/ui/tasks.py" line="+65"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../piu_desk/ui/equipment/item_timeline.py" line="+46"/>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holder: %1</source>
        <translation>Holder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by: %1</source>
        <translation>Accepted by: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status after: %1</source>
        <translation>Status after: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by %1</source>
        <translation>Recorded by %1</translation>
    </message>
</context>
<context>
    <name>TipOffDialog</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_dialog.py" line="+109"/>
        <source>Log a tip-off</source>
        <translation>Log a tip-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tip-off</source>
        <translation>New tip-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged as new; grade it now or later, before it is assessed.</source>
        <translation>Logged as new; grade it now or later, before it is assessed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Tip-off {n}</source>
        <translation>Tip-off {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} · {grade}</source>
        <translation>{status} · {grade}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log tip-off</source>
        <translation>Log tip-off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TipOffForm</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_form.py" line="+95"/>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source code:</source>
        <translation>Source code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by:</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling code:</source>
        <translation>Handling code:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who may receive this report: the exchange with HQ obeys it.</source>
        <translation>Who may receive this report: the exchange with HQ obeys it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Choose the source&apos;s code</source>
        <translation>Choose the source&apos;s code</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sources are named by code only.</source>
        <translation>Sources are named by code only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was reported, as told: who, what, where, when. Never the source&apos;s name.</source>
        <translation>What was reported, as told: who, what, where, when. Never the source&apos;s name.</translation>
    </message>
</context>
<context>
    <name>TipOffs</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_dialog.py" line="-85"/>
        <source>Choose the handling code (P or C) to finish the grade, or clear it.</source>
        <translation>Choose the handling code (P or C) to finish the grade, or clear it.</translation>
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
        <translation>Not graded</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+{n} more</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{status} — {who}, {when}</source>
        <translation>{status} — {who}, {when}</translation>
    </message>
</context>
<context>
    <name>TipOffsAbout</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_about.py" line="+40"/>
        <source>Tip-offs</source>
        <translation>Tip-offs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>TipOffsModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_model.py" line="+71"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporting officer</source>
        <translation>Reporting officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>TipOffsSection</name>
    <message>
        <location filename="../piu_desk/ui/intel/tipoffs_section.py" line="+106"/>
        <source>Tip-offs</source>
        <translation>Tip-offs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tip-off…</source>
        <translation>New tip-off…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a tip-off (Ctrl+N)</source>
        <translation>Log a tip-off (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grading scheme…</source>
        <translation>Grading scheme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Graded in: {scheme}</source>
        <translation>Graded in: {scheme}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tip-offs: {n}</source>
        <translation>Tip-offs: {n}</translation>
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
        <translation>Hand to:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected back:</source>
        <translation>Expected back:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer to another officer</source>
        <translation>Transfer to another officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}, held by {holder}</source>
        <translation>{item}, held by {holder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../piu_desk/ui/admin/user_dialog.py" line="-114"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. sokha.chan</source>
        <translation>e.g. sokha.chan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user must choose a new password at the first log-in. Give this initial password to the user in person, never by message.</source>
        <translation>The user must choose a new password at the first log-in. Give this initial password to the user in person, never by message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the account…</source>
        <translation>Adding the account…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the account…</source>
        <translation>Saving the account…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../piu_desk/ui/admin/users_model.py" line="+54"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../piu_desk/ui/admin/users_view.py" line="+90"/>
        <source>Filter by user name, full name, role or status</source>
        <translation>Filter by user name, full name, role or status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user can no longer log in; the data key is rotated.</source>
        <translation>The user can no longer log in; the data key is rotated.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The account was added.</source>
        <translation>The account was added.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 was saved.</source>
        <translation>The account %1 was saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new password was set for %1.</source>
        <translation>A new password was set for %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account %1 is enabled again.</source>
        <translation>The account %1 is enabled again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disable %1?</source>
        <translation>Disable %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will no longer be able to log in. The account stays in the list and in the audit trail, and can be enabled again later with a new password.</source>
        <translation>%1 will no longer be able to log in. The account stays in the list and in the audit trail, and can be enabled again later with a new password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabling rotates the data key: the whole database is encrypted again under a new key, so the old key slot of this account opens nothing. On a large store this takes a while; keep the computer on until it is done.</source>
        <translation>Disabling rotates the data key: the whole database is encrypted again under a new key, so the old key slot of this account opens nothing. On a large store this takes a while; keep the computer on until it is done.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disable and rotate the key</source>
        <translation>Disable and rotate the key</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 is disabled and the data key was rotated.</source>
        <translation>The account %1 is disabled and the data key was rotated.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disabling %1 and rotating the data key…</source>
        <translation>Disabling %1 and rotating the data key…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../piu_desk/core/accounts.py" line="-169"/>
        <source>There is no account {user}.</source>
        <translation>There is no account {user}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user name {user} is taken (accounts are never deleted).</source>
        <translation>The user name {user} is taken (accounts are never deleted).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You cannot remove your own administrator role.</source>
        <translation>You cannot remove your own administrator role.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{user} is the last administrator; appoint another first.</source>
        <translation>{user} is the last administrator; appoint another first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Only a demo store keeps the passwords an administrator set.</source>
        <translation>Only a demo store keeps the passwords an administrator set.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/desk.py" line="-51"/>
        <source>Choose between 1 and 60 minutes.</source>
        <translation>Choose between 1 and 60 minutes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose English or Khmer.</source>
        <translation>Choose English or Khmer.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/accounts.py" line="+32"/>
        <source>A user name is 2 to 32 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>A user name is 2 to 32 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A password needs at least {n} characters.</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may not begin or end with a space.</source>
        <translation>A password may not begin or end with a space.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the person&apos;s full name (2 to 120 characters).</source>
        <translation>Enter the person&apos;s full name (2 to 120 characters).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/identifiers.py" line="+66"/>
        <source>An IMO number is 7 digits, with or without &apos;IMO&apos; before them (for example IMO 9074729); &apos;{text}&apos; is not one.</source>
        <translation>An IMO number is 7 digits, with or without &apos;IMO&apos; before them (for example IMO 9074729); &apos;{text}&apos; is not one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IMO number has 7 digits; {number} has {count}. Copy it again from the ship&apos;s certificate.</source>
        <translation>An IMO number has 7 digits; {number} has {count}. Copy it again from the ship&apos;s certificate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMO number&apos;s check digit should be {expected}, not {found} — check the number on the ship&apos;s certificate.</source>
        <translation>The IMO number&apos;s check digit should be {expected}, not {found} — check the number on the ship&apos;s certificate.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{mmsi} is a group call number for several ships (0 + MID), not one ship&apos;s MMSI.</source>
        <translation>{mmsi} is a group call number for several ships (0 + MID), not one ship&apos;s MMSI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of a coast station (00 + MID), not of a ship.</source>
        <translation>{mmsi} is the MMSI of a coast station (00 + MID), not of a ship.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mmsi} is the MMSI of a search and rescue aircraft (111 + MID), not of a ship.</source>
        <translation>{mmsi} is the MMSI of a search and rescue aircraft (111 + MID), not of a ship.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of a handheld VHF radio (8 + MID), not of a ship.</source>
        <translation>{mmsi} is the MMSI of a handheld VHF radio (8 + MID), not of a ship.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mmsi} is the MMSI of an AIS search and rescue transmitter (AIS-SART, 970), not of a ship.</source>
        <translation>{mmsi} is the MMSI of an AIS search and rescue transmitter (AIS-SART, 970), not of a ship.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of a man-overboard device (972), not of a ship.</source>
        <translation>{mmsi} is the MMSI of a man-overboard device (972), not of a ship.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mmsi} is the MMSI of an emergency beacon with AIS (EPIRB-AIS, 974), not of a ship.</source>
        <translation>{mmsi} is the MMSI of an emergency beacon with AIS (EPIRB-AIS, 974), not of a ship.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of an autonomous radio device such as a net buoy (979), not of a ship.</source>
        <translation>{mmsi} is the MMSI of an autonomous radio device such as a net buoy (979), not of a ship.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of a craft associated with a parent ship, such as a lifeboat or tender (98 + MID), not of the ship itself.</source>
        <translation>{mmsi} is the MMSI of a craft associated with a parent ship, such as a lifeboat or tender (98 + MID), not of the ship itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} is the MMSI of an aid to navigation such as a buoy or lighthouse (99 + MID), not of a ship.</source>
        <translation>{mmsi} is the MMSI of an aid to navigation such as a buoy or lighthouse (99 + MID), not of a ship.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mmsi} fits no MMSI series: a ship&apos;s MMSI starts with its country&apos;s MID (201 to 775). Check it for a typing error.</source>
        <translation>{mmsi} fits no MMSI series: a ship&apos;s MMSI starts with its country&apos;s MID (201 to 775). Check it for a typing error.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{mmsi} is a ship&apos;s MMSI; its MID {mid} is allocated to {country}.</source>
        <translation>{mmsi} is a ship&apos;s MMSI; its MID {mid} is allocated to {country}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MID {mid} at the start of MMSI {mmsi} is not allocated to any country: the MMSI is mistyped or not genuine.</source>
        <translation>MID {mid} at the start of MMSI {mmsi} is not allocated to any country: the MMSI is mistyped or not genuine.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>An MMSI is 9 digits and nothing else (for example 514123456); &apos;{text}&apos; has other characters.</source>
        <translation>An MMSI is 9 digits and nothing else (for example 514123456); &apos;{text}&apos; has other characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An MMSI has 9 digits; {mmsi} has {count}. Copy it again from the ship&apos;s radio licence or AIS.</source>
        <translation>An MMSI has 9 digits; {mmsi} has {count}. Copy it again from the ship&apos;s radio licence or AIS.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>MMSI {mmsi} starts with MID {mid}, allocated to {mid_country}, but the flag is given as {flag_country}. The ship may have changed flag and kept its MMSI, or one of them is wrong: check the ship&apos;s radio licence and registry certificate.</source>
        <translation>MMSI {mmsi} starts with MID {mid}, allocated to {mid_country}, but the flag is given as {flag_country}. The ship may have changed flag and kept its MMSI, or one of them is wrong: check the ship&apos;s radio licence and registry certificate.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A call sign has only letters A-Z and digits (for example XUAB3); &apos;{text}&apos; has other characters.</source>
        <translation>A call sign has only letters A-Z and digits (for example XUAB3); &apos;{text}&apos; has other characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A call sign has 3 to 7 letters and digits; {call_sign} has {count}.</source>
        <translation>A call sign has 3 to 7 letters and digits; {call_sign} has {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A call sign always has letters; {call_sign} is only digits. Is it the MMSI or the IMO number?</source>
        <translation>A call sign always has letters; {call_sign} is only digits. Is it the MMSI or the IMO number?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the flag state&apos;s 3-letter code (for example KHM for Cambodia).</source>
        <translation>Enter the flag state&apos;s 3-letter code (for example KHM for Cambodia).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the flag state with 3 letters: {alpha3} for {country}, not {code}.</source>
        <translation>Write the flag state with 3 letters: {alpha3} for {country}, not {code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is not an ISO 3166-1 country code. Write the flag state with its 3-letter code, for example KHM for Cambodia.</source>
        <translation>{code} is not an ISO 3166-1 country code. Write the flag state with its 3-letter code, for example KHM for Cambodia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An AIS ship type is a number from 0 to 99 (for example 30 for a fishing vessel, 70 for a cargo ship); &apos;{value}&apos; is not.</source>
        <translation>An AIS ship type is a number from 0 to 99 (for example 30 for a fishing vessel, 70 for a cargo ship); &apos;{value}&apos; is not.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write the gross tonnage as a number, for example 12345 or 12345.5; &apos;{value}&apos; is not one.</source>
        <translation>Write the gross tonnage as a number, for example 12345 or 12345.5; &apos;{value}&apos; is not one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gross tonnage must be more than 0.</source>
        <translation>Gross tonnage must be more than 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gross tonnage of {value} is more than any ship&apos;s (the largest measure about 250,000): check for an extra digit.</source>
        <translation>A gross tonnage of {value} is more than any ship&apos;s (the largest measure about 250,000): check for an extra digit.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/ship_types.py" line="+18"/>
        <source>Not available (no ship type given)</source>
        <translation>Not available (no ship type given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fishing</source>
        <translation>Fishing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towing</source>
        <translation>Towing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towing, tow longer than 200 m or wider than 25 m</source>
        <translation>Towing, tow longer than 200 m or wider than 25 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dredging or underwater operations</source>
        <translation>Dredging or underwater operations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diving operations</source>
        <translation>Diving operations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Military operations</source>
        <translation>Military operations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sailing</source>
        <translation>Sailing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pleasure craft</source>
        <translation>Pleasure craft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+59"/>
        <source>Reserved for future use</source>
        <translation>Reserved for future use</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Pilot vessel</source>
        <translation>Pilot vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and rescue vessel</source>
        <translation>Search and rescue vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tug</source>
        <translation>Tug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port tender</source>
        <translation>Port tender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-pollution vessel</source>
        <translation>Anti-pollution vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement vessel</source>
        <translation>Law enforcement vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Local vessel (spare code)</source>
        <translation>Local vessel (spare code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical transport</source>
        <translation>Medical transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noncombatant ship (RR Resolution 18)</source>
        <translation>Noncombatant ship (RR Resolution 18)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wing-in-ground craft</source>
        <translation>Wing-in-ground craft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, hazardous category A</source>
        <translation>Wing-in-ground craft, hazardous category A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, hazardous category B</source>
        <translation>Wing-in-ground craft, hazardous category B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, hazardous category C</source>
        <translation>Wing-in-ground craft, hazardous category C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, hazardous category D</source>
        <translation>Wing-in-ground craft, hazardous category D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, reserved code</source>
        <translation>Wing-in-ground craft, reserved code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wing-in-ground craft, no additional information</source>
        <translation>Wing-in-ground craft, no additional information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft</source>
        <translation>High-speed craft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, hazardous category A</source>
        <translation>High-speed craft, hazardous category A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, hazardous category B</source>
        <translation>High-speed craft, hazardous category B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, hazardous category C</source>
        <translation>High-speed craft, hazardous category C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, hazardous category D</source>
        <translation>High-speed craft, hazardous category D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, reserved code</source>
        <translation>High-speed craft, reserved code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-speed craft, no additional information</source>
        <translation>High-speed craft, no additional information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship</source>
        <translation>Passenger ship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, hazardous category A</source>
        <translation>Passenger ship, hazardous category A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, hazardous category B</source>
        <translation>Passenger ship, hazardous category B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, hazardous category C</source>
        <translation>Passenger ship, hazardous category C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, hazardous category D</source>
        <translation>Passenger ship, hazardous category D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, reserved code</source>
        <translation>Passenger ship, reserved code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passenger ship, no additional information</source>
        <translation>Passenger ship, no additional information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship</source>
        <translation>Cargo ship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, hazardous category A</source>
        <translation>Cargo ship, hazardous category A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, hazardous category B</source>
        <translation>Cargo ship, hazardous category B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, hazardous category C</source>
        <translation>Cargo ship, hazardous category C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, hazardous category D</source>
        <translation>Cargo ship, hazardous category D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, reserved code</source>
        <translation>Cargo ship, reserved code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo ship, no additional information</source>
        <translation>Cargo ship, no additional information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker</source>
        <translation>Tanker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, hazardous category A</source>
        <translation>Tanker, hazardous category A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, hazardous category B</source>
        <translation>Tanker, hazardous category B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, hazardous category C</source>
        <translation>Tanker, hazardous category C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, hazardous category D</source>
        <translation>Tanker, hazardous category D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, reserved code</source>
        <translation>Tanker, reserved code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanker, no additional information</source>
        <translation>Tanker, no additional information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship</source>
        <translation>Other type of ship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, hazardous category A</source>
        <translation>Other type of ship, hazardous category A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, hazardous category B</source>
        <translation>Other type of ship, hazardous category B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, hazardous category C</source>
        <translation>Other type of ship, hazardous category C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, hazardous category D</source>
        <translation>Other type of ship, hazardous category D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, reserved code</source>
        <translation>Other type of ship, reserved code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other type of ship, no additional information</source>
        <translation>Other type of ship, no additional information</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/station.py" line="+37"/>
        <source>A UN/LOCODE is 5 characters: the 2-letter country code, then 3 letters or digits 2-9 (for example KHKOS).</source>
        <translation>A UN/LOCODE is 5 characters: the 2-letter country code, then 3 letters or digits 2-9 (for example KHKOS).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the station&apos;s name (2 to 80 characters).</source>
        <translation>Enter the station&apos;s name (2 to 80 characters).</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/crew.py" line="+68"/>
        <source>{code} is not a nationality code; use the three letters of the passport (for example KHM, VNM, IDN).</source>
        <translation>{code} is not a nationality code; use the three letters of the passport (for example KHM, VNM, IDN).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the date as year-month-day, for example 1990-04-25.</source>
        <translation>Enter the date as year-month-day, for example 1990-04-25.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../piu_desk/core/domain/watchlist.py" line="+59"/>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the family name as in the identity document.</source>
        <translation>Enter the family name as in the identity document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gender is M, F or X.</source>
        <translation>Gender is M, F or X.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a family name, or UNKNOWN if the person gives none.</source>
        <translation>Enter a family name, or UNKNOWN if the person gives none.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an age between 0 and 120.</source>
        <translation>Enter an age between 0 and 120.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/inspection.py" line="+46"/>
        <source>Name at least one boarding officer.</source>
        <translation>Name at least one boarding officer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An inspection cannot move from this status to that one.</source>
        <translation>An inspection cannot move from this status to that one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the outcome before submitting the inspection.</source>
        <translation>Choose the outcome before submitting the inspection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the findings before submitting the inspection.</source>
        <translation>Write the findings before submitting the inspection.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/vessel.py" line="+69"/>
        <source>Enter the vessel&apos;s name as written on the hull or certificate.</source>
        <translation>Enter the vessel&apos;s name as written on the hull or certificate.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/tipoff.py" line="-85"/>
        <source>Choose the record this tip-off is about.</source>
        <translation>Choose the record this tip-off is about.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Enter the company&apos;s name.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/vessel.py" line="+38"/>
        <source>Enter a date and time such as 2026-11-28 14:30.</source>
        <translation>Enter a date and time such as 2026-11-28 14:30.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/tipoff.py" line="+10"/>
        <source>Name the officer who received the tip-off.</source>
        <translation>Name the officer who received the tip-off.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the code of the human source.</source>
        <translation>Choose the code of the human source.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a tip-off from a human source names a source code.</source>
        <translation>Only a tip-off from a human source names a source code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what the tip-off says.</source>
        <translation>Write what the tip-off says.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grade the tip-off (source and information) before it is assessed.</source>
        <translation>Grade the tip-off (source and information) before it is assessed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A tip-off cannot move from this status to that one.</source>
        <translation>A tip-off cannot move from this status to that one.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/vessel.py" line="+8"/>
        <source>The departure cannot be before the arrival.</source>
        <translation>The departure cannot be before the arrival.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a number of people between 0 and 10000.</source>
        <translation>Enter a number of people between 0 and 10000.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/common.py" line="+36"/>
        <source>That record no longer exists ({what}).</source>
        <translation>That record no longer exists ({what}).</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/crew.py" line="-79"/>
        <source>A crew list needs at least one crew member.</source>
        <translation>A crew list needs at least one crew member.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/inspections.py" line="-85"/>
        <source>Only a draft or a returned inspection can be edited; an approved one is changed by an amendment.</source>
        <translation>Only a draft or a returned inspection can be edited; an approved one is changed by an amendment.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Say what has to change before returning the inspection.</source>
        <translation>Say what has to change before returning the inspection.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Say why the approved inspection is amended.</source>
        <translation>Say why the approved inspection is amended.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an approved inspection is amended; edit a draft directly.</source>
        <translation>Only an approved inspection is amended; edit a draft directly.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/vessels.py" line="+21"/>
        <source>A vessel with IMO number {imo} is already registered; open it instead (the IMO number never changes).</source>
        <translation>A vessel with IMO number {imo} is already registered; open it instead (the IMO number never changes).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This vessel may already be registered ({count} possible). Open the existing one, or confirm that it is a different vessel.</source>
        <translation>This vessel may already be registered ({count} possible). Open the existing one, or confirm that it is a different vessel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The IMO number of a vessel never changes; register the other vessel separately.</source>
        <translation>The IMO number of a vessel never changes; register the other vessel separately.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/attachment.py" line="+88"/>
        <source>{name} is empty: there is nothing to attach.</source>
        <translation>{name} is empty: there is nothing to attach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is {size} MB; an attachment can be at most {limit} MB. Scan the document at a lower resolution, or save the photo smaller, and add it again.</source>
        <translation>{name} is {size} MB; an attachment can be at most {limit} MB. Scan the document at a lower resolution, or save the photo smaller, and add it again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a photo or scanned document that PIU Desk keeps: only JPEG, PNG, TIFF and PDF files are accepted, and the file&apos;s content is checked, not its name.</source>
        <translation>{name} is not a photo or scanned document that PIU Desk keeps: only JPEG, PNG, TIFF and PDF files are accepted, and the file&apos;s content is checked, not its name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preview picture of this file could not be made; add the file again.</source>
        <translation>The preview picture of this file could not be made; add the file again.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/attachments.py" line="-65"/>
        <source>Photos and documents are added or removed only while the inspection is a draft or returned for changes.</source>
        <translation>Photos and documents are added or removed only while the inspection is a draft or returned for changes.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/asset.py" line="+34"/>
        <source>The item is in store: issue it first, or report it lost or stolen.</source>
        <translation>The item is in store: issue it first, or report it lost or stolen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is issued: have it returned to store first.</source>
        <translation>The item is issued: have it returned to store first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is under repair: record its return from repair first.</source>
        <translation>The item is under repair: record its return from repair first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is reported lost: record that it was recovered first.</source>
        <translation>The item is reported lost: record that it was recovered first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is reported stolen: record that it was recovered first.</source>
        <translation>The item is reported stolen: record that it was recovered first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item has been disposed of; nothing more can happen to it.</source>
        <translation>The item has been disposed of; nothing more can happen to it.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter the date as year-month-day, e.g. 2026-03-31.</source>
        <translation>Enter the date as year-month-day, e.g. 2026-03-31.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>An asset tag is 2 to 32 letters, digits or dashes.</source>
        <translation>An asset tag is 2 to 32 letters, digits or dashes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the item&apos;s category (laptop, camera, radio, ...).</source>
        <translation>Give the item&apos;s category (laptop, camera, radio, ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the item.</source>
        <translation>Describe the item.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A value cannot be negative.</source>
        <translation>A value cannot be negative.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/containers.py" line="+59"/>
        <source>A container number is three letters for the owner, U, J or Z, six digits and a check digit, such as CSQU3054383.</source>
        <translation>A container number is three letters for the owner, U, J or Z, six digits and a check digit, such as CSQU3054383.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check digit of this container number is wrong: check every letter and digit against the container.</source>
        <translation>The check digit of this container number is wrong: check every letter and digit against the container.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/grading.py" line="+50"/>
        <location line="+18"/>
        <source>An Admiralty grade is a source letter A to F and an information number 1 to 6, such as B2.</source>
        <translation>An Admiralty grade is a source letter A to F and an information number 1 to 6, such as B2.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+16"/>
        <source>A 3x5x2 grade is a source number 1 to 3, an intelligence letter A to E and a handling code P or C, such as 1BP.</source>
        <translation>A 3x5x2 grade is a source number 1 to 3, an intelligence letter A to E and a handling code P or C, such as 1BP.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/source.py" line="+55"/>
        <source>A source code is 2 to 24 letters, digits and dashes, such as PIU-KOS-S01.</source>
        <translation>A source code is 2 to 24 letters, digits and dashes, such as PIU-KOS-S01.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter who the source is.</source>
        <translation>Enter who the source is.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/domain/watchlist.py" line="-10"/>
        <source>{year} is not a possible year of birth.</source>
        <translation>{year} is not a possible year of birth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the date of birth as year-month-day (1990-04-25), or the year only (1990).</source>
        <translation>Enter the date of birth as year-month-day (1990-04-25), or the year only (1990).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the date as year-month-day, for example 2026-04-25.</source>
        <translation>Enter the date as year-month-day, for example 2026-04-25.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter at least one name (a person&apos;s or a vessel&apos;s).</source>
        <translation>Enter at least one name (a person&apos;s or a vessel&apos;s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why this entry is on the watchlist.</source>
        <translation>Say why this entry is on the watchlist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the unit that issued this entry.</source>
        <translation>Name the unit that issued this entry.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry cannot expire before it was issued.</source>
        <translation>The entry cannot expire before it was issued.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/assets.py" line="-26"/>
        <source>The tag {tag} is already on another item.</source>
        <translation>The tag {tag} is already on another item.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/campaigns.py" line="+47"/>
        <source>Name the campaign, e.g. Annual verification 2026.</source>
        <translation>Name the campaign, e.g. Annual verification 2026.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A campaign of that name is already open.</source>
        <translation>A campaign of that name is already open.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This campaign is closed; start a new one.</source>
        <translation>This campaign is closed; start a new one.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/common.py" line="+46"/>
        <source>No item in the register has the tag {tag}.</source>
        <translation>No item in the register has the tag {tag}.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/custody.py" line="-81"/>
        <source>Name the place the item is issued to.</source>
        <translation>Name the place the item is issued to.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an active account; issue to an officer who has one, or to a place.</source>
        <translation>{name} is not an active account; issue to an officer who has one, or to a place.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The expected return cannot be before the issue date.</source>
        <translation>The expected return cannot be before the issue date.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The item is not issued to anyone.</source>
        <translation>The item is not issued to anyone.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The item is already held by {name}.</source>
        <translation>The item is already held by {name}.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/handover.py" line="+18"/>
        <source>{count} rows have problems. Correct the sheet, or import only the valid rows.</source>
        <translation>{count} rows have problems. Correct the sheet, or import only the valid rows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row is ready to import.</source>
        <translation>No row is ready to import.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/incidents.py" line="+16"/>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A theft is reported to the police: give the police report reference.</source>
        <translation>A theft is reported to the police: give the police report reference.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A disposal needs who authorised it and the reference of the authorisation.</source>
        <translation>A disposal needs who authorised it and the reference of the authorisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the item is disposed of.</source>
        <translation>Say why the item is disposed of.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/equipment/maintenance.py" line="-74"/>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A schedule is for one item or for one category, not both.</source>
        <translation>A schedule is for one item or for one category, not both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give either how many months apart, or the date it is due.</source>
        <translation>Give either how many months apart, or the date it is due.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Between 1 and 120 months.</source>
        <translation>Between 1 and 120 months.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>A cost cannot be negative.</source>
        <translation>A cost cannot be negative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The item cannot come back before it was sent.</source>
        <translation>The item cannot come back before it was sent.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/alerts.py" line="+73"/>
        <source>Write a note saying why.</source>
        <translation>Write a note saying why.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/sources.py" line="-7"/>
        <source>There is no source with this code in the register.</source>
        <translation>There is no source with this code in the register.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The register already has a source with this code.</source>
        <translation>The register already has a source with this code.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This source&apos;s sealed details cannot be opened: they were altered or sealed under another key.</source>
        <translation>This source&apos;s sealed details cannot be opened: they were altered or sealed under another key.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/records/tipoffs.py" line="-56"/>
        <source>Choose a source code that is in the register and in use.</source>
        <translation>Choose a source code that is in the register and in use.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A closed tip-off is not changed any more.</source>
        <translation>A closed tip-off is not changed any more.</translation>
    </message>
    <message>
        <location filename="../piu_desk/cli_reports.py" line="+35"/>
        <source>Enter a date such as 2026-11-28.</source>
        <translation>Enter a date such as 2026-11-28.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a time such as 14:30.</source>
        <translation>Enter a time such as 14:30.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A shift needs both --from and --until, and no --to.</source>
        <translation>A shift needs both --from and --until, and no --to.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/intel/watchlist.py" line="-55"/>
        <source>Entries from headquarters cannot be changed on this desk; the next list from headquarters replaces them.</source>
        <translation>Entries from headquarters cannot be changed on this desk; the next list from headquarters replaces them.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/reports/daily_period.py" line="+47"/>
        <source>The last day cannot be before the first day.</source>
        <translation>The last day cannot be before the first day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report covers at most 366 days.</source>
        <translation>A report covers at most 366 days.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>This is not a report period.</source>
        <translation>This is not a report period.</translation>
    </message>
    <message>
        <location filename="../piu_desk/cli_releases.py" line="+42"/>
        <source>Give the expiry as a date, YYYY-MM-DD.</source>
        <translation>Give the expiry as a date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../piu_desk/core/exchange/releases.py" line="+51"/>
        <source>The release must expire after today ({today}). Choose a later date.</source>
        <translation>The release must expire after today ({today}). Choose a later date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note is too long: at most {max} characters.</source>
        <translation>The note is too long: at most {max} characters.</translation>
    </message>
</context>
<context>
    <name>VerificationSection</name>
    <message>
        <location filename="../piu_desk/ui/equipment/campaign_section.py" line="+68"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a campaign…</source>
        <translation>Start a campaign…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as PDF…</source>
        <translation>Report as PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due for verification: {count} items never verified, or not in the last 12 months</source>
        <translation>Due for verification: {count} items never verified, or not in the last 12 months</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../piu_desk/ui/dashboard/verify_dialog.py" line="+72"/>
        <source>Verify a printed report</source>
        <translation>Verify a printed report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the report number and the verification code printed at the foot of every page of the paper copy.</source>
        <translation>Type the report number and the verification code printed at the foot of every page of the paper copy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report &amp;number:</source>
        <translation>Report &amp;number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification &amp;code:</source>
        <translation>Verification &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type both the report number and the verification code.</source>
        <translation>Type both the report number and the verification code.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Period: {period}
Language: {language}</source>
        <translation>Period: {period}
Language: {language}</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../piu_desk/ui/inspections/versions.py" line="-82"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before this amendment:</source>
        <translation>Before this amendment:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Started %1 · %2 · officers: %3</source>
        <translation>Started %1 · %2 · officers: %3</translation>
    </message>
</context>
<context>
    <name>VesselDialog</name>
    <message>
        <location filename="../piu_desk/ui/records/vessel_dialog.py" line="+146"/>
        <source>Register a vessel</source>
        <translation>Register a vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vessel</source>
        <translation>Edit vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag state:</source>
        <translation>Flag state:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number:</source>
        <translation>IMO number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MMSI:</source>
        <translation>MMSI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign:</source>
        <translation>Call sign:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type (AIS):</source>
        <translation>Type (AIS):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross tonnage:</source>
        <translation>Gross tonnage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner or operator:</source>
        <translation>Owner or operator:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As written on the hull or certificate</source>
        <translation>As written on the hull or certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 letters or the country&apos;s name, e.g. KHM</source>
        <translation>3 letters or the country&apos;s name, e.g. KHM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 digits; small craft may have none</source>
        <translation>7 digits; small craft may have none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 digits</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The former name and flag are kept in the vessel&apos;s history.</source>
        <translation>The former name and flag are kept in the vessel&apos;s history.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this vessel</source>
        <translation>Use this vessel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this vessel</source>
        <translation>Open this vessel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VesselPage</name>
    <message>
        <location filename="../piu_desk/ui/records/vessel_page.py" line="+83"/>
        <source>New arrival…</source>
        <translation>New arrival…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag state:</source>
        <translation>Flag state:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number:</source>
        <translation>IMO number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MMSI:</source>
        <translation>MMSI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign:</source>
        <translation>Call sign:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type (AIS):</source>
        <translation>Type (AIS):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross tonnage:</source>
        <translation>Gross tonnage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner or operator:</source>
        <translation>Owner or operator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former names and flags</source>
        <translation>Former names and flags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port calls</source>
        <translation>Port calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No former name or flag is recorded.</source>
        <translation>No former name or flag is recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last port</source>
        <translation>Last port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next port</source>
        <translation>Next port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voyage</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Vessel · %1 port calls recorded</source>
        <translation>Vessel · %1 port calls recorded</translation>
    </message>
</context>
<context>
    <name>VesselsModel</name>
    <message>
        <location filename="../piu_desk/ui/records/vessels_view.py" line="+87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Flag</translation>
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
        <translation>Call sign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type (AIS)</source>
        <translation>Type (AIS)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross tonnage</source>
        <translation>Gross tonnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner or operator</source>
        <translation>Owner or operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Formerly: %1</source>
        <translation>Formerly: %1</translation>
    </message>
</context>
<context>
    <name>VesselsView</name>
    <message>
        <location line="+61"/>
        <source>Vessels</source>
        <translation>Vessels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a vessel…</source>
        <translation>Register a vessel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the vessel&apos;s name, now or formerly</source>
        <translation>Part of the vessel&apos;s name, now or formerly</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vessels: %1</source>
        <translation>Vessels: %1</translation>
    </message>
</context>
<context>
    <name>WatchEntryDialog</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_dialog.py" line="+182"/>
        <source>Aliases:</source>
        <translation>Aliases:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former names:</source>
        <translation>Former names:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name and given names, as in the passport</source>
        <translation>Family name and given names, as in the passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As written on the hull or certificate</source>
        <translation>As written on the hull or certificate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watchlist entry from HQ</source>
        <translation>Watchlist entry from HQ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New watchlist entry</source>
        <translation>New watchlist entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit watchlist entry</source>
        <translation>Edit watchlist entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is a:</source>
        <translation>This entry is a:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMO number:</source>
        <translation>IMO number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MMSI:</source>
        <translation>MMSI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call sign:</source>
        <translation>Call sign:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag state:</source>
        <translation>Flag state:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuing unit:</source>
        <translation>Issuing unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires on:</source>
        <translation>Expires on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling code:</source>
        <translation>Handling code:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HQ issued this entry. It cannot be changed on this desk: HQ&apos;s next list replaces it. Ask HQ if something in it is wrong.</source>
        <translation>HQ issued this entry. It cannot be changed on this desk: HQ&apos;s next list replaces it. Ask HQ if something in it is wrong.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to the watchlist</source>
        <translation>Add to the watchlist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Watchlist</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_fields.py" line="+93"/>
        <source>year-month-day, e.g. 2026-04-25</source>
        <translation>year-month-day, e.g. 2026-04-25</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One a line: other spellings, other orders, names run together</source>
        <translation>One a line: other spellings, other orders, names run together</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1985-04-25, or the year only: 1985</source>
        <translation>1985-04-25, or the year only: 1985</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 letters, e.g. VNM</source>
        <translation>3 letters, e.g. VNM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport or seafarer&apos;s book numbers, one a line</source>
        <translation>Passport or seafarer&apos;s book numbers, one a line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7 digits</source>
        <translation>7 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 digits</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 letters, e.g. KHM</source>
        <translation>3 letters, e.g. KHM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this entry is on the watchlist, and what to do on a match</source>
        <translation>Why this entry is on the watchlist, and what to do on a match</translation>
    </message>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_texts.py" line="+55"/>
        <source>Aliases:</source>
        <translation>Aliases:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Former names:</source>
        <translation>Former names:</translation>
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
        <translation>call sign {call_sign}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EXPIRED {date}</source>
        <translation>EXPIRED {date}</translation>
    </message>
</context>
<context>
    <name>WatchlistDonePage</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import_preview.py" line="+238"/>
        <source>Watchlist imported</source>
        <translation>Watchlist imported</translation>
    </message>
</context>
<context>
    <name>WatchlistImportDialog</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import.py" line="+78"/>
        <source>Import a watchlist</source>
        <translation>Import a watchlist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the watchlist</source>
        <translation>Choose the watchlist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Watchlists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No row is valid, so there is nothing to import. Correct the list and choose it again.</source>
        <translation>No row is valid, so there is nothing to import. Correct the list and choose it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the list, so the audit trail says where the entries came from.</source>
        <translation>Name the list, so the audit trail says where the entries came from.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the valid entry</source>
        <translation>Import the valid entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import {count} valid entries</source>
        <translation>Import {count} valid entries</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importing the watchlist…</source>
        <translation>Importing the watchlist…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 row has problems and will NOT be imported.</source>
        <translation>1 row has problems and will NOT be imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows have problems and will NOT be imported.</source>
        <translation>{count} rows have problems and will NOT be imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the {count} valid entries are saved now. Correct the other rows in the list and import it again; import only those rows then, or the valid ones are listed twice.</source>
        <translation>Only the {count} valid entries are saved now. Correct the other rows in the list and import it again; import only those rows then, or the valid ones are listed twice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid entries only?</source>
        <translation>Import the valid entries only?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported 1 entry from {source}.</source>
        <translation>Imported 1 entry from {source}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} entries from {source}.</source>
        <translation>Imported {count} entries from {source}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} rows with problems were not imported. Correct them in the list and import those rows again.</source>
        <translation>{count} rows with problems were not imported. Correct them in the list and import those rows again.</translation>
    </message>
</context>
<context>
    <name>WatchlistModel</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_model.py" line="+120"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name and aliases</source>
        <translation>Name and aliases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born / IMO</source>
        <translation>Born / IMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality / flag</source>
        <translation>Nationality / flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing unit</source>
        <translation>Issuing unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Expired: this entry no longer raises alerts.</source>
        <translation>Expired: this entry no longer raises alerts.</translation>
    </message>
</context>
<context>
    <name>WatchlistPreviewPage</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import_preview.py" line="-85"/>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entries come from:</source>
        <translation>The entries come from:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk (local entries)</source>
        <translation>This desk (local entries)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the list:</source>
        <translation>Name of the list:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the audit trail will name this import, e.g. HQ circular 14/2026</source>
        <translation>As the audit trail will name this import, e.g. HQ circular 14/2026</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{valid} valid, {problems} with problems</source>
        <translation>{valid} valid, {problems} with problems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All ({count})</source>
        <translation>All ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid ({count})</source>
        <translation>Valid ({count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a row to read all that was found in it.</source>
        <translation>Select a row to read all that was found in it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet row {row} is valid.</source>
        <translation>Sheet row {row} is valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet row {row} will not be imported:</source>
        <translation>Sheet row {row} will not be imported:</translation>
    </message>
</context>
<context>
    <name>WatchlistSection</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_section.py" line="+136"/>
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a vessel…</source>
        <translation>Add a vessel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a list…</source>
        <translation>Import a list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild screening index</source>
        <translation>Rebuild screening index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rewrite the index screening uses to find candidates quickly, from every entry. Needed only after an update of the matching rules, or if screening misses an entry it should find.</source>
        <translation>Rewrite the index screening uses to find candidates quickly, from every entry. Needed only after an update of the matching rules, or if screening misses an entry it should find.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persons and vessels</source>
        <translation>Persons and vessels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vessels</source>
        <translation>Vessels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a name, a document, IMO, MMSI or call sign, the reason or the unit</source>
        <translation>Part of a name, a document, IMO, MMSI or call sign, the reason or the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show expired entries</source>
        <translation>Show expired entries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired entries are greyed and marked EXPIRED; they no longer raise alerts.</source>
        <translation>Expired entries are greyed and marked EXPIRED; they no longer raise alerts.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{shown} of {total} entries</source>
        <translation>{shown} of {total} entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} entries</source>
        <translation>{total} entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} expired</source>
        <translation>{count} expired</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Rebuilding the screening index…</source>
        <translation>Rebuilding the screening index…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The screening index was rebuilt from {count} entries.</source>
        <translation>The screening index was rebuilt from {count} entries.</translation>
    </message>
</context>
<context>
    <name>WatchlistStartPage</name>
    <message>
        <location filename="../piu_desk/ui/intel/watchlist_import_preview.py" line="-150"/>
        <source>Import a watchlist</source>
        <translation>Import a watchlist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the list as an Excel workbook (.xlsx) or a CSV file. Its first table row names the columns; it needs at least &apos;type&apos; (person or vessel) and &apos;names&apos; (aliases and former names separated by ;). Other columns: dob, nationality, documents, IMO, MMSI, call sign, flag, reason, issuer, issued, expires, handling. You will see every row and what was found in it before anything is saved.</source>
        <translation>Choose the list as an Excel workbook (.xlsx) or a CSV file. Its first table row names the columns; it needs at least &apos;type&apos; (person or vessel) and &apos;names&apos; (aliases and former names separated by ;). Other columns: dob, nationality, documents, IMO, MMSI, call sign, flag, reason, issuer, issued, expires, handling. You will see every row and what was found in it before anything is saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the file…</source>
        <translation>Choose the file…</translation>
    </message>
</context>
<context>
    <name>WriteKeysDialog</name>
    <message>
        <location filename="../piu_desk/ui/exchange/enrolment_dialogs.py" line="+123"/>
        <source>Enrol a station</source>
        <translation>Enrol a station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this desk&apos;s key file</source>
        <translation>Write this desk&apos;s key file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ writes an enrolment file for the station and takes it there on the stick. The station imports it after HQ reads its fingerprint out by phone.</source>
        <translation>HQ writes an enrolment file for the station and takes it there on the stick. The station imports it after HQ reads its fingerprint out by phone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk&apos;s key file goes to HQ on the stick. HQ pins it after you read this desk&apos;s fingerprint out by phone.</source>
        <translation>This desk&apos;s key file goes to HQ on the stick. HQ pins it after you read this desk&apos;s fingerprint out by phone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station id (UN/LOCODE):</source>
        <translation>Station id (UN/LOCODE):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example KHKMT</source>
        <translation>for example KHKMT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station name:</source>
        <translation>Station name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it to:</source>
        <translation>Write it to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the stick or a folder</source>
        <translation>Choose the stick or a folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the file</source>
        <translation>Write the file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to write the file</source>
        <translation>Where to write the file</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the stick or a folder to write the file to.</source>
        <translation>Choose the stick or a folder to write the file to.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Written: {file}</source>
        <translation>Written: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read this to the station by phone:</source>
        <translation>Read this to the station by phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this to HQ by phone:</source>
        <translation>Read this to HQ by phone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only letters and the digits 2 to 7 occur: an O is always the letter O, an I the letter I.</source>
        <translation>Only letters and the digits 2 to 7 occur: an O is always the letter O, an I the letter I.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station types it in when it imports the file; then it writes its own key file, which you pin here with &quot;Pin a station&apos;s keys…&quot;.</source>
        <translation>The station types it in when it imports the file; then it writes its own key file, which you pin here with &quot;Pin a station&apos;s keys…&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ types it in when it pins this file. Bundles to HQ can be read there only after that.</source>
        <translation>HQ types it in when it pins this file. Bundles to HQ can be read there only after that.</translation>
    </message>
</context>
<context>
    <name>_PortCallDialog</name>
    <message>
        <location filename="../piu_desk/ui/records/arrival_dialog.py" line="-134"/>
        <source>Port call</source>
        <translation>Port call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_TaskDialog</name>
    <message>
        <location filename="../piu_desk/ui/admin/user_dialog.py" line="-142"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
