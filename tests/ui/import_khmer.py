"""Sample Khmer for the crew-list import's own strings (terms from i18n/GLOSSARY.md), used
by the screenshot script only until the strings are in i18n/piu_desk_km.ts: the layout is
then seen with Khmer of a realistic length. Never written into i18n/."""

from __future__ import annotations

SAMPLE_KHMER: dict[str, dict[str, str]] = {
    "CrewImportDialog": {
        "Import a crew list": "នាំចូលបញ្ជីនាវិក",
        "Import %1 valid rows": "នាំចូលជួរដេកត្រឹមត្រូវ %1",
        "Cancel": "បោះបង់",
        "Close": "បិទ",
        "Choose the port call this crew list belongs to.":
            "សូមជ្រើសរើសការចូលចតដែលបញ្ជីនាវិកនេះជាកម្មសិទ្ធិ។",
        "No row is valid, so there is nothing to import. Correct the sheet, or the column "
        "choices above the rows.":
            "គ្មានជួរដេកណាមួយត្រឹមត្រូវទេ ដូច្នេះគ្មានអ្វីត្រូវនាំចូលទេ។ សូមកែសន្លឹកតារាង "
            "ឬការជ្រើសរើសជួរឈរខាងលើជួរដេក។",
        "Reading %1…": "កំពុងអាន %1…",
        "Importing the crew list…": "កំពុងនាំចូលបញ្ជីនាវិក…",
        "Import the valid rows only?": "នាំចូលតែជួរដេកត្រឹមត្រូវប៉ុណ្ណោះ?",
        "%1 rows have problems and will NOT be imported.":
            "ជួរដេក %1 មានបញ្ហា ហើយនឹងមិនត្រូវនាំចូលទេ។",
        "Only the %1 valid rows are saved now. The rows with problems can be corrected in "
        "the sheet and imported later: they are then saved as another crew list of the "
        "same port call.":
            "មានតែជួរដេកត្រឹមត្រូវ %1 ប៉ុណ្ណោះដែលត្រូវរក្សាទុកឥឡូវនេះ។ ជួរដេកដែលមានបញ្ហា "
            "អាចកែនៅក្នុងសន្លឹកតារាង ហើយនាំចូលនៅពេលក្រោយ៖ ពួកវានឹងត្រូវរក្សាទុកជា"
            "បញ្ជីនាវិកមួយទៀតនៃការចូលចតដដែល។",
        "Imported %1 crew members into the crew list of %2, %3.":
            "បាននាំចូលនាវិក %1 នាក់ ទៅក្នុងបញ្ជីនាវិករបស់ %2, %3។",
        "%1 rows with problems were not imported. Correct them in the sheet and import it "
        "again; they will make another crew list of this port call.":
            "ជួរដេក %1 ដែលមានបញ្ហាមិនត្រូវបាននាំចូលទេ។ សូមកែពួកវានៅក្នុងសន្លឹកតារាង "
            "ហើយនាំចូលម្តងទៀត ពួកវានឹងក្លាយជាបញ្ជីនាវិកមួយទៀតនៃការចូលចតនេះ។",
        "%1 rows were skipped as not crew (signatures, footers, empty numbered lines).":
            "ជួរដេក %1 ត្រូវបានរំលង ព្រោះមិនមែនជានាវិក (ហត្ថលេខា បាតកថា "
            "បន្ទាត់មានលេខទទេ)។",
    },
    "StartPage": {
        "Import a crew list (FAL Form 5)": "នាំចូលបញ្ជីនាវិក (FAL Form 5)",
        "Choose the spreadsheet the shipping agent sent: an Excel workbook (.xlsx) or a CSV "
        "file, in the current FAL Form 5 layout or the older one with combined columns. You "
        "will see every row and what was found in it before anything is saved.":
            "សូមជ្រើសរើសសន្លឹកតារាងដែលភ្នាក់ងារដឹកជញ្ជូនបានផ្ញើមក៖ សៀវភៅបញ្ជី Excel "
            "(.xlsx) ឬឯកសារ CSV តាមទម្រង់ FAL Form 5 បច្ចុប្បន្ន ឬទម្រង់ចាស់ដែលមាន"
            "ជួរឈររួមបញ្ចូលគ្នា។ អ្នកនឹងឃើញជួរដេកនីមួយៗ និងអ្វីដែលបានរកឃើញក្នុងនោះ "
            "មុនពេលរក្សាទុកអ្វីមួយ។",
        "Choose the file…": "ជ្រើសរើសឯកសារ…",
        "For the port call: %1": "សម្រាប់ការចូលចត៖ %1",
    },
    "DonePage": {"Crew list imported": "បាននាំចូលបញ្ជីនាវិក"},
    "PreviewPage": {
        "Sheet:": "សន្លឹកតារាង៖",
        "Choose another file…": "ជ្រើសរើសឯកសារផ្សេងទៀត…",
        "— not imported —": "— មិននាំចូល —",
        "Imported as:": "នាំចូលជា៖",
        "%1 valid, %2 with problems, %3 skipped": "ត្រឹមត្រូវ %1 មានបញ្ហា %2 បានរំលង %3",
        "All (%1)": "ទាំងអស់ (%1)",
        "Problems (%1)": "មានបញ្ហា (%1)",
        "Valid (%1)": "ត្រឹមត្រូវ (%1)",
        "Skipped (%1)": "បានរំលង (%1)",
        "%1 · column titles on sheet row %2 · %3":
            "%1 · ចំណងជើងជួរឈរនៅជួរដេកទី %2 · %3",
        "current FAL Form 5 layout": "ទម្រង់ FAL Form 5 បច្ចុប្បន្ន",
        "older FAL Form 5 layout (combined columns)":
            "ទម្រង់ FAL Form 5 ចាស់ (ជួរឈររួមបញ្ចូលគ្នា)",
        "Select a row to read all that was found in it.":
            "ជ្រើសរើសជួរដេកមួយ ដើម្បីអានអ្វីៗទាំងអស់ដែលបានរកឃើញក្នុងនោះ។",
        "Sheet row %1 will not be imported:": "ជួរដេកទី %1 នឹងមិនត្រូវនាំចូលទេ៖",
        "Sheet row %1 is valid.": "ជួរដេកទី %1 ត្រឹមត្រូវ។",
        "Sheet row %1 is valid; check:": "ជួរដេកទី %1 ត្រឹមត្រូវ សូមពិនិត្យ៖",
        "Sheet row %1 is skipped:": "ជួរដេកទី %1 ត្រូវបានរំលង៖",
        "Guessed from the column title, but not for certain: check it.":
            "បានទាយពីចំណងជើងជួរឈរ ប៉ុន្តែមិនប្រាកដទេ៖ សូមពិនិត្យ។",
    },
    "RowsModel": {"Row": "ជួរដេក", "Status": "ស្ថានភាព", "Reasons": "មូលហេតុ",
                  "Valid": "ត្រឹមត្រូវ", "Problem": "មានបញ្ហា", "Skipped": "បានរំលង"},
    "ParticularsPanel": {
        "Ship particulars in the sheet": "ព័ត៌មាននាវាក្នុងសន្លឹកតារាង",
        "As written": "ដូចដែលបានសរសេរ", "Read as": "អានជា", "Remarks": "កំណត់សម្គាល់",
        "not in the sheet": "មិនមានក្នុងសន្លឹកតារាង",
    },
    "MatchPanel": {
        "Where the crew list goes": "កន្លែងរក្សាទុកបញ្ជីនាវិក",
        "Vessel:": "នាវា៖", "Port call:": "ការចូលចត៖", "Crew list for:": "បញ្ជីនាវិកសម្រាប់៖",
        "Arrival": "ការមកដល់", "Departure": "ការចេញដំណើរ",
        "%1 — already registered (%2)": "%1 — បានចុះបញ្ជីរួចហើយ (%2)",
        "%1 — new vessel, will be registered": "%1 — នាវាថ្មី នឹងត្រូវចុះបញ្ជី",
        "%1 — registered": "%1 — បានចុះបញ្ជី",
        "%1 — new port call, will be recorded": "%1 — ការចូលចតថ្មី នឹងត្រូវកត់ត្រា",
        "Choose another port call…": "ជ្រើសរើសការចូលចតផ្សេងទៀត…",
        "Choose the port call…": "ជ្រើសរើសការចូលចត…",
        "Use the sheet's vessel and port call": "ប្រើនាវា និងការចូលចតពីសន្លឹកតារាង",
    },
    "CrewImport": {
        "arrival %1": "មកដល់ %1", "same IMO number": "លេខ IMO ដូចគ្នា",
        "Arrival": "ការមកដល់", "Departure": "ការចេញដំណើរ",
    },
    "PortCallPicker": {
        "Choose the port call": "ជ្រើសរើសការចូលចត",
        "The crew list is saved with the port call you choose. Recent port calls are listed "
        "first; type to find a vessel by name.":
            "បញ្ជីនាវិកត្រូវបានរក្សាទុកជាមួយការចូលចតដែលអ្នកជ្រើសរើស។ ការចូលចតថ្មីៗ"
            "ត្រូវបានរាយបញ្ជីមុនគេ វាយដើម្បីស្វែងរកនាវាតាមឈ្មោះ។",
        "Vessel name": "ឈ្មោះនាវា",
        "Record a new arrival…": "កត់ត្រាការមកដល់ថ្មី…",
        "Choose": "ជ្រើសរើស", "Cancel": "បោះបង់",
    },
}
