"""ITU Maritime Identification Digits (MID) → flag state, as ISO 3166-1 alpha-3.

A ship station's MMSI starts with the MID of the administration that issued it (ITU-R
M.585; the allocations are ITU's table of MIDs, Radio Regulations Appendix 43). Pure data:
`identifiers.py` does the lookups.

Several MIDs belong to a territory rather than to its sovereign state. Where ISO 3166-1 gives
the territory its own code, that code is used (329 Guadeloupe → GLP, 660 Réunion → REU,
236 Gibraltar → GIB, ...). Where it does not, the state or ISO grouping that contains it is
used: 204 Azores and 255 Madeira → PRT, 303 Alaska → USA, 608 Ascension Island → GBR (the
administration ITU lists), and the French southern lands 501 Adélie Land, 607 Saint Paul and
Amsterdam, 618 Crozet and 635 Kerguelen → ATF.

One MID is shared: 306 is allocated to Curaçao, Sint Maarten and Bonaire, Sint Eustatius and
Saba; `MID_ALSO` lists the flags besides the one in `MID_TABLE` that a vessel with that MID
may legitimately fly (and SHN for Ascension, which ISO puts under Saint Helena).
"""

from __future__ import annotations

from typing import Final

MID_TABLE: Final[dict[int, str]] = {
    # -- Europe (2xx) -----------------------------------------------------------------------
    201: "ALB",  # Albania
    202: "AND",  # Andorra
    203: "AUT",  # Austria
    204: "PRT",  # Azores (Portugal)
    205: "BEL",  # Belgium
    206: "BLR",  # Belarus
    207: "BGR",  # Bulgaria
    208: "VAT",  # Vatican City State
    209: "CYP",  # Cyprus
    210: "CYP",  # Cyprus
    211: "DEU",  # Germany
    212: "CYP",  # Cyprus
    213: "GEO",  # Georgia
    214: "MDA",  # Moldova
    215: "MLT",  # Malta
    216: "ARM",  # Armenia
    218: "DEU",  # Germany
    219: "DNK",  # Denmark
    220: "DNK",  # Denmark
    224: "ESP",  # Spain
    225: "ESP",  # Spain
    226: "FRA",  # France
    227: "FRA",  # France
    228: "FRA",  # France
    229: "MLT",  # Malta
    230: "FIN",  # Finland
    231: "FRO",  # Faroe Islands (Denmark)
    232: "GBR",  # United Kingdom
    233: "GBR",  # United Kingdom
    234: "GBR",  # United Kingdom
    235: "GBR",  # United Kingdom
    236: "GIB",  # Gibraltar (United Kingdom)
    237: "GRC",  # Greece
    238: "HRV",  # Croatia
    239: "GRC",  # Greece
    240: "GRC",  # Greece
    241: "GRC",  # Greece
    242: "MAR",  # Morocco
    243: "HUN",  # Hungary
    244: "NLD",  # Netherlands
    245: "NLD",  # Netherlands
    246: "NLD",  # Netherlands
    247: "ITA",  # Italy
    248: "MLT",  # Malta
    249: "MLT",  # Malta
    250: "IRL",  # Ireland
    251: "ISL",  # Iceland
    252: "LIE",  # Liechtenstein
    253: "LUX",  # Luxembourg
    254: "MCO",  # Monaco
    255: "PRT",  # Madeira (Portugal)
    256: "MLT",  # Malta
    257: "NOR",  # Norway
    258: "NOR",  # Norway
    259: "NOR",  # Norway
    261: "POL",  # Poland
    262: "MNE",  # Montenegro
    263: "PRT",  # Portugal
    264: "ROU",  # Romania
    265: "SWE",  # Sweden
    266: "SWE",  # Sweden
    267: "SVK",  # Slovakia
    268: "SMR",  # San Marino
    269: "CHE",  # Switzerland
    270: "CZE",  # Czechia
    271: "TUR",  # Türkiye
    272: "UKR",  # Ukraine
    273: "RUS",  # Russian Federation
    274: "MKD",  # North Macedonia
    275: "LVA",  # Latvia
    276: "EST",  # Estonia
    277: "LTU",  # Lithuania
    278: "SVN",  # Slovenia
    279: "SRB",  # Serbia
    # -- North and Central America, Caribbean (3xx) -----------------------------------------
    301: "AIA",  # Anguilla (United Kingdom)
    303: "USA",  # Alaska (United States)
    304: "ATG",  # Antigua and Barbuda
    305: "ATG",  # Antigua and Barbuda
    306: "CUW",  # Curaçao; also Sint Maarten and Bonaire, Sint Eustatius and Saba (MID_ALSO)
    307: "ABW",  # Aruba (Netherlands)
    308: "BHS",  # Bahamas
    309: "BHS",  # Bahamas
    310: "BMU",  # Bermuda (United Kingdom)
    311: "BHS",  # Bahamas
    312: "BLZ",  # Belize
    314: "BRB",  # Barbados
    316: "CAN",  # Canada
    319: "CYM",  # Cayman Islands (United Kingdom)
    321: "CRI",  # Costa Rica
    323: "CUB",  # Cuba
    325: "DMA",  # Dominica
    327: "DOM",  # Dominican Republic
    329: "GLP",  # Guadeloupe (France)
    330: "GRD",  # Grenada
    331: "GRL",  # Greenland (Denmark)
    332: "GTM",  # Guatemala
    334: "HND",  # Honduras
    336: "HTI",  # Haiti
    338: "USA",  # United States
    339: "JAM",  # Jamaica
    341: "KNA",  # Saint Kitts and Nevis
    343: "LCA",  # Saint Lucia
    345: "MEX",  # Mexico
    347: "MTQ",  # Martinique (France)
    348: "MSR",  # Montserrat (United Kingdom)
    350: "NIC",  # Nicaragua
    351: "PAN",  # Panama
    352: "PAN",  # Panama
    353: "PAN",  # Panama
    354: "PAN",  # Panama
    355: "PAN",  # Panama
    356: "PAN",  # Panama
    357: "PAN",  # Panama
    358: "PRI",  # Puerto Rico (United States)
    359: "SLV",  # El Salvador
    361: "SPM",  # Saint Pierre and Miquelon (France)
    362: "TTO",  # Trinidad and Tobago
    364: "TCA",  # Turks and Caicos Islands (United Kingdom)
    366: "USA",  # United States
    367: "USA",  # United States
    368: "USA",  # United States
    369: "USA",  # United States
    370: "PAN",  # Panama
    371: "PAN",  # Panama
    372: "PAN",  # Panama
    373: "PAN",  # Panama
    374: "PAN",  # Panama
    375: "VCT",  # Saint Vincent and the Grenadines
    376: "VCT",  # Saint Vincent and the Grenadines
    377: "VCT",  # Saint Vincent and the Grenadines
    378: "VGB",  # British Virgin Islands (United Kingdom)
    379: "VIR",  # United States Virgin Islands (United States)
    # -- Asia (4xx) -------------------------------------------------------------------------
    401: "AFG",  # Afghanistan
    403: "SAU",  # Saudi Arabia
    405: "BGD",  # Bangladesh
    408: "BHR",  # Bahrain
    410: "BTN",  # Bhutan
    412: "CHN",  # China
    413: "CHN",  # China
    414: "CHN",  # China
    416: "TWN",  # Taiwan
    417: "LKA",  # Sri Lanka
    419: "IND",  # India
    422: "IRN",  # Iran
    423: "AZE",  # Azerbaijan
    425: "IRQ",  # Iraq
    428: "ISR",  # Israel
    431: "JPN",  # Japan
    432: "JPN",  # Japan
    434: "TKM",  # Turkmenistan
    436: "KAZ",  # Kazakhstan
    437: "UZB",  # Uzbekistan
    438: "JOR",  # Jordan
    440: "KOR",  # Korea (Republic of)
    441: "KOR",  # Korea (Republic of)
    443: "PSE",  # State of Palestine
    445: "PRK",  # Democratic People's Republic of Korea
    447: "KWT",  # Kuwait
    450: "LBN",  # Lebanon
    451: "KGZ",  # Kyrgyzstan
    453: "MAC",  # Macao (China)
    455: "MDV",  # Maldives
    457: "MNG",  # Mongolia
    459: "NPL",  # Nepal
    461: "OMN",  # Oman
    463: "PAK",  # Pakistan
    466: "QAT",  # Qatar
    468: "SYR",  # Syrian Arab Republic
    470: "ARE",  # United Arab Emirates
    471: "ARE",  # United Arab Emirates
    472: "TJK",  # Tajikistan
    473: "YEM",  # Yemen
    475: "YEM",  # Yemen
    477: "HKG",  # Hong Kong (China)
    478: "BIH",  # Bosnia and Herzegovina
    # -- Oceania and South-East Asia (5xx) --------------------------------------------------
    501: "ATF",  # Adélie Land (France)
    503: "AUS",  # Australia
    506: "MMR",  # Myanmar
    508: "BRN",  # Brunei Darussalam
    510: "FSM",  # Micronesia
    511: "PLW",  # Palau
    512: "NZL",  # New Zealand
    514: "KHM",  # Cambodia
    515: "KHM",  # Cambodia
    516: "CXR",  # Christmas Island (Australia)
    518: "COK",  # Cook Islands (New Zealand)
    520: "FJI",  # Fiji
    523: "CCK",  # Cocos (Keeling) Islands (Australia)
    525: "IDN",  # Indonesia
    529: "KIR",  # Kiribati
    531: "LAO",  # Lao People's Democratic Republic
    533: "MYS",  # Malaysia
    536: "MNP",  # Northern Mariana Islands (United States)
    538: "MHL",  # Marshall Islands
    540: "NCL",  # New Caledonia (France)
    542: "NIU",  # Niue (New Zealand)
    544: "NRU",  # Nauru
    546: "PYF",  # French Polynesia (France)
    548: "PHL",  # Philippines
    550: "TLS",  # Timor-Leste
    553: "PNG",  # Papua New Guinea
    555: "PCN",  # Pitcairn Island (United Kingdom)
    557: "SLB",  # Solomon Islands
    559: "ASM",  # American Samoa (United States)
    561: "WSM",  # Samoa
    563: "SGP",  # Singapore
    564: "SGP",  # Singapore
    565: "SGP",  # Singapore
    566: "SGP",  # Singapore
    567: "THA",  # Thailand
    570: "TON",  # Tonga
    572: "TUV",  # Tuvalu
    574: "VNM",  # Viet Nam
    576: "VUT",  # Vanuatu
    577: "VUT",  # Vanuatu
    578: "WLF",  # Wallis and Futuna (France)
    # -- Africa (6xx) -----------------------------------------------------------------------
    601: "ZAF",  # South Africa
    603: "AGO",  # Angola
    605: "DZA",  # Algeria
    607: "ATF",  # Saint Paul and Amsterdam Islands (France)
    608: "GBR",  # Ascension Island (United Kingdom); ISO groups it under SHN (MID_ALSO)
    609: "BDI",  # Burundi
    610: "BEN",  # Benin
    611: "BWA",  # Botswana
    612: "CAF",  # Central African Republic
    613: "CMR",  # Cameroon
    615: "COG",  # Congo (Republic of the)
    616: "COM",  # Comoros
    617: "CPV",  # Cabo Verde
    618: "ATF",  # Crozet Archipelago (France)
    619: "CIV",  # Côte d'Ivoire
    620: "COM",  # Comoros
    621: "DJI",  # Djibouti
    622: "EGY",  # Egypt
    624: "ETH",  # Ethiopia
    625: "ERI",  # Eritrea
    626: "GAB",  # Gabon
    627: "GHA",  # Ghana
    629: "GMB",  # Gambia
    630: "GNB",  # Guinea-Bissau
    631: "GNQ",  # Equatorial Guinea
    632: "GIN",  # Guinea
    633: "BFA",  # Burkina Faso
    634: "KEN",  # Kenya
    635: "ATF",  # Kerguelen Islands (France)
    636: "LBR",  # Liberia
    637: "LBR",  # Liberia
    638: "SSD",  # South Sudan
    642: "LBY",  # Libya
    644: "LSO",  # Lesotho
    645: "MUS",  # Mauritius
    647: "MDG",  # Madagascar
    649: "MLI",  # Mali
    650: "MOZ",  # Mozambique
    654: "MRT",  # Mauritania
    655: "MWI",  # Malawi
    656: "NER",  # Niger
    657: "NGA",  # Nigeria
    659: "NAM",  # Namibia
    660: "REU",  # Réunion (France)
    661: "RWA",  # Rwanda
    662: "SDN",  # Sudan
    663: "SEN",  # Senegal
    664: "SYC",  # Seychelles
    665: "SHN",  # Saint Helena (United Kingdom)
    666: "SOM",  # Somalia
    667: "SLE",  # Sierra Leone
    668: "STP",  # Sao Tome and Principe
    669: "SWZ",  # Eswatini
    670: "TCD",  # Chad
    671: "TGO",  # Togo
    672: "TUN",  # Tunisia
    674: "TZA",  # Tanzania
    675: "UGA",  # Uganda
    676: "COD",  # Democratic Republic of the Congo
    677: "TZA",  # Tanzania
    678: "ZMB",  # Zambia
    679: "ZWE",  # Zimbabwe
    # -- South America (7xx) ----------------------------------------------------------------
    701: "ARG",  # Argentina
    710: "BRA",  # Brazil
    720: "BOL",  # Bolivia
    725: "CHL",  # Chile
    730: "COL",  # Colombia
    735: "ECU",  # Ecuador
    740: "FLK",  # Falkland Islands (Malvinas) (United Kingdom)
    745: "GUF",  # French Guiana (France)
    750: "GUY",  # Guyana
    755: "PRY",  # Paraguay
    760: "PER",  # Peru
    765: "SUR",  # Suriname
    770: "URY",  # Uruguay
    775: "VEN",  # Venezuela
}

MID_ALSO: Final[dict[int, tuple[str, ...]]] = {
    306: ("SXM", "BES"),  # Sint Maarten (Dutch part); Bonaire, Sint Eustatius and Saba
    608: ("SHN",),  # ISO 3166-1: Saint Helena, Ascension and Tristan da Cunha
}
