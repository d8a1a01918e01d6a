"""Currency symbols from CLDR, as units.cldr_currency_symbols() gives them: each one a locale
writes for one currency in use alone. Kept here because reading every locale takes a second
and more; tests/test_kinds.py checks it against babel's data and prints the table anew when
CLDR has changed."""

CLDR_SYMBOLS = {
    'CN¥': 'CNY', 'EG£': 'EGP', 'GB£': 'GBP', 'GH₵': 'GHS', 'JP¥': 'JPY', 'KR₩': 'KRW', 'Kč': 'CZK',
    'Lekë': 'ALL', 'TH฿': 'THB', 'UK£': 'GBP', 'soʻm': 'UZS', 'zł': 'PLN', '£FK': 'FKP', '£GB': 'GBP',
    '£GI': 'GIP', '£LB': 'LBP', '¥CN': 'CNY', 'КМ': 'BAM', 'Кч': 'CZK', 'ЛСЛ': 'LSL', 'ТМТ': 'TMT',
    'Тл': 'TRY', 'ден.': 'MKD', 'дин.': 'RSD', 'зл': 'PLN', 'лв.': 'BGN', 'сом': 'KGS', 'сўм': 'UZS',
    'щ.д.': 'USD', '֏': 'AMD', '؋': 'AFN', 'أ.م.': 'MRU', 'ج.س.': 'SDG', 'ج.م.': 'EGP', 'د.أ.': 'JOD',
    'د.إ.': 'AED', 'د.ب.': 'BHD', 'د.ت.': 'TND', 'د.ج.': 'DZD', 'د.ع.': 'IQD', 'د.ك.': 'KWD', 'د.ل.': 'LYD',
    'د.م.': 'MAD', 'ر.إ.': 'IRR', 'ر.س.': 'SAR', 'ر.ع.': 'OMR', 'ر.ق.': 'QAR', 'ر.ي.': 'YER', 'ریال': 'IRR',
    'ل.س.': 'SYP', 'ل.ل.': 'LBP', 'ރ.': 'MVR', 'नेरू': 'NPR', '৳': 'BDT', 'රු.': 'LKR', 'සිෆ්එ': 'XOF',
    '฿': 'THB', 'ብር': 'ETB', '៛': 'KHR', '₡': 'CRC', '₦': 'NGN', '₩': 'KRW', '₪': 'ILS', '₫': 'VND',
    '€': 'EUR', '₭': 'LAK', '₮': 'MNT', '₱': 'PHP', '₲': 'PYG', '₴': 'UAH', '₸': 'KZT', '₹': 'INR',
    '₺': 'TRY', '₼': 'AZN', '₽': 'RUB', '₾': 'GEL', '元': 'CNY', '￦': 'KRW',
}
