language-name = ትግርኛ

## መጀመርታ
welcome = እንቋዕ ብደሓን መጻእኩም
start-touch-language = ንምጅማር ቋንቋኹም ጠውቑ
start-open-today = ሎሚ ክፉት እዩ { $hours }
start-closed-today = ሎሚ ዕጹው እዩ

## ቀንዲ ገጽ
home-title = እንታይ ክትገብሩ ትደልዩ?
home-desk-hint = ኩሉ ግዜ ንሰራሕተኛታት ናይ መቐበሊ ክትሓቱ ትኽእሉ ኢኹም።

## ሰዓታት ስራሕ
tile-hours = ሰዓታት ስራሕ
tile-hours-text = ኣብ ዝመጽእ ሾብዓተ መዓልታት መዓስ ክፉታት ከም ዝኾንና
hours-title = ሰዓታት ስራሕ
hours-closed = ዕጹው
hours-changed = ዝተቐየረ ሰዓታት ስራሕ
hours-today-date = ሎሚ፡ { $date }
hours-day-line = { $day }፡ { $hours }

## ቁጽሪ መስርዕ
tile-queue = ቁጽሪ መስርዕ
tile-queue-text = ቁጽሪ መስርዕ ውሰዱን ክንደይ ከም እትጽበዩ ርኣዩን
queue-title = ቁጽሪ መስርዕ
queue-loading = መስርዓት ይመጽእ ኣሎ …
queue-choose = ምብጻሕኩም ብዛዕባ እንታይ ምዃኑ ምረጹ።
queue-group-desk = ሓገዝ ኣብ መቐበሊ
queue-group-specialist = ብክኢላታት ዝካየድ
queue-people-waiting = { $count ->
    [one] { $count } ሰብ ይጽበ ኣሎ
   *[other] { $count } ሰባት ይጽበዩ ኣለዉ
}
queue-wait-none = ምጽባይ የለን
queue-wait-under-five = ካብ 5 ደቓይቕ ዝውሕድ ምጽባይ
queue-wait-about = ኣስታት { $minutes } ደቓይቕ ምጽባይ
queue-closed = ሕጂ ዕጹው እዩ
queue-closed-opens-today = ዕጹው እዩ። ሎሚ ሰዓት { $time } ይኽፈት
queue-closed-opens-on = ዕጹው እዩ። { $weekday } ሰዓት { $time } ይኽፈት
queue-specialist-text = እዚ ጉዳይ ብክኢላ እዩ ዝካየድ፡ ኣብ መቐበሊ ኣይኮነን። ውሳነ ዝህብ እቲ ክኢላ እዩ።
queue-specialist-desk = ሰራሕተኛታት መቐበሊ ክትጅምሩ ክሕግዙኹም ይኽእሉ፡ እንታይ ከም ዘድልየኩም፡ ቅኑዕ ቅጥዒ ወይ ቆጸራ ምሓዝ።
queue-specialist-take-ticket = ንመቐበሊ ቁጽሪ መስርዕ ውሰዱ
queue-needs-title = ፍሉይ ነገር የድልየኩም ድዩ?
queue-needs-help-with = ንምጅማር ሓገዝ ክትረኽቡ ኢኹም፡ { $errand }
queue-needs-optional = ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም።
queue-interpreter-question = ተርጓሚ የድልየኩም ድዩ?
queue-interpreter-none = ተርጓሚ ኣየድልየንን
queue-interpreter-want = እወ፡ ተርጓሚ የድልየኒ
queue-interpreter-which = ተርጓሚ ናይ ኣየናይ ቋንቋ?
queue-accessibility-question = ካልእ ሓገዝ የድልየኩም ድዩ?
queue-need-wheelchair = ተሽከርካሪ ወንበር እጥቀም
queue-need-hearing-loop = መስምዒ ቀለበት
queue-need-low-vision = ጽቡቕ ኣይርእን እየ
queue-need-quiet = ህዱእ ክፍሊ
queue-need-other = ካልእ
queue-get-ticket = ቁጽሪ ውሰዱ
queue-issuing = ቁጽሪኹም ይመጽእ ኣሎ …
queue-your-number = ቁጽሪኹም
queue-position = ቦታኹም ኣብ መስርዕ፡ { $position }
queue-where-to-wait = በጃኹም ኣብ መጽበዪ ኮፍ በሉ። ቁጽሪኹም ኣብ ስክሪናት ይርአ፡ ተራኹም ምስ በጽሐ ድማ ይጽዋዕ።
queue-follow-on-phone = መስርዕ ብተሌፎንኩም ተኸታተሉ፡ ነቲ ኮድ ስካን ግበሩ።
queue-printing = ቁጽሪ መስርዕ ይሕተም ኣሎ …
queue-printed = ቁጽሪ መስርዕኩም ካብ ማሕተሚ ውሰዱ።
queue-print-failed = ቁጽሪ መስርዕ ክሕተም ኣይከኣለን። ቁጽሪኹም ዘክሩ።
queue-done = ተወዲኡ
queue-unreachable-title = ሕጂ ናብ መስርዕ ምብጻሕ ኣይከኣልን
queue-unreachable-text = ሕጂ ኣብዚ ቁጽሪ መስርዕ ክውሰድ ኣይከኣልን። ናብ መቐበሊ ኪዱ፡ ሰራሕተኛታት ክሕግዙኹም እዮም።
queue-refused-title = ቁጽሪ መስርዕ ክውሰድ ኣይከኣለን
queue-refused-text = ስርዓት መስርዕ ነቲ ሕቶ ኣይተቐበሎን። ናብ መቐበሊ ኪዱ፡ ሰራሕተኛታት ክሕግዙኹም እዮም።
queue-retry = እንደገና ፈትኑ

## ዕለታት
weekday-1 = ሰኑይ
weekday-2 = ሰሉስ
weekday-3 = ረቡዕ
weekday-4 = ሓሙስ
weekday-5 = ዓርቢ
weekday-6 = ቀዳም
weekday-7 = ሰንበት
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
date-long = { $weekday } { $day } { $month }

## ኣብ ነፍሲ ወከፍ ስክሪን ዘሎ መስመር መጠወቒታት
bar-language = ቋንቋ
bar-text-size = ዓቐን ጽሑፍ
bar-contrast = ልዑል ፍልልይ ሕብሪ
bar-start-over = ካብ መጀመርታ
bar-back = ንድሕሪት
text-size-sample = ሀ
language-picker-title = ቋንቋኹም ምረጹ
bar-listen = ስምዑ
bar-listen-stop = ምንባብ ኣቋርጹ
speech-repeat = እንደገና ኣንብቡ
speech-louder = ዓው ኣብሉ
speech-quieter = ትሕት ኣብሉ

## ገና ኣለኹም ዶ?
idle-title = ገና ኣለኹም ዶ?
idle-countdown = { $seconds ->
    [one] ድሕሪ { $seconds } ካልኢት እቲ ስክሪን ካብ መጀመርታ ክጅምር እዩ፡ ዝመረጽኩምዎን ዝጸሓፍኩምዎን ኩሉ ድማ ክድምሰስ እዩ።
   *[other] ድሕሪ { $seconds } ካልኢት እቲ ስክሪን ካብ መጀመርታ ክጅምር እዩ፡ ዝመረጽኩምዎን ዝጸሓፍኩምዎን ኩሉ ድማ ክድምሰስ እዩ።
}
idle-yes = እወ፡ ኣለኹ

## E-services, forms and contacts
tile-guides = ኤሌክትሮኒካዊ ኣገልግሎታትን ቅጥዕታትን
tile-guides-text = ስጉምቲ ብስጉምቲ፡ ብኢንተርነት ወይ ብወረቐት ሕተቱ
tile-contacts = ርክባት
tile-contacts-text = ተሌፎን፡ ኣድራሻን ሰዓታት ስራሕን ናይ ምምሕዳርን ትካላትን
guides-title = ኤሌክትሮኒካዊ ኣገልግሎታትን ቅጥዕታትን
guides-choose-category = ኣርእስቲ ምረጹ።
guides-choose-guide = ክትገብሩዎ እትደልዩ ምረጹ።
guides-in-swedish = እዚ ጽሑፍ ገና ብቋንቋኹም የለን። ብሽወደንኛ ይርአ ኣሎ።
guide-provider = ሓላፍነት ዘለዎ፡ { $provider }
guide-who = መን ክሓትት ይኽእል?
guide-need = እዚ የድልየኩም
guide-steps = ከምዚ ግበሩ
guide-time = ክንደይ ግዜ ይወስድ
guide-help = ኣብዚ ውልቃዊ ሓገዝ ትረኽቡ
guide-continue-on-phone = ብተሌፎንኩም ቀጽሉ
guide-scan-text = ካሜራ ተሌፎንኩም ናብቲ ኮድ ኣቕንዑ። እቲ ኤሌክትሮኒካዊ ኣገልግሎት ይኽፈት።
guide-help-from-staff = ካብ ሰራሕተኛታት ሓገዝ እደሊ
forms-title = ናይ ወረቐት ቅጥዕታት
forms-tile-text = ካብ መቐበሊ እትረኽብዎም ቅጥዕታት
forms-intro = ነዞም ቅጥዕታት ኣብ መቐበሊ ሕተቱ።
forms-hand-in = ነቲ ቅጥዒ ኣብዚ ኣረክቡ፡
contacts-title = ርክባት
contacts-choose = ምስ መን ክትራኸቡ ከም እትደልዩ ምረጹ።
contact-phone = ተሌፎን
contact-email = ኢመይል
contact-address = ኣድራሻ
contact-web = መርበብ ሓበሬታ
contact-hours = ሰዓታት ስራሕ
contact-call-on-phone = ካብ ተሌፎንኩም ደውሉ
contact-scan-text = ካሜራ ተሌፎንኩም ናብቲ ኮድ ኣቕንዑ። ሽዑ ብቕልጡፍ ክትድውሉ ትኽእሉ።
provider-municipality = ምምሕዳር ቦትሸርካ
provider-forsakringskassan = ትካል ማሕበራዊ መድሕን (Försäkringskassan)
provider-csn = ትካል ደገፍ ትምህርቲ (CSN)
provider-migrationsverket = ቤት ጽሕፈት ስደት (Migrationsverket)
provider-skatteverket = ቤት ጽሕፈት ግብሪ (Skatteverket)
provider-arbetsformedlingen = ቤት ጽሕፈት ስራሕ (Arbetsförmedlingen)
provider-a-kassa = ሳንዱቕ ስኢን ስራሕ (A-kassa)
provider-konsumentverket = ትካል ተጠቀምቲ (Konsumentverket)
provider-region = ዞባ ስቶክሆልም፡ ክንክን ጥዕና (Region Stockholm)
provider-bank = ባንክኹም
provider-polisen = ፖሊስ (Polisen)
provider-pensionsmyndigheten = ትካል ጡረታ (Pensionsmyndigheten)
provider-transportstyrelsen = ትካል መጓዓዝያ (Transportstyrelsen)
provider-other = ካልእ ትካል
need-bankid = BankID
need-personnummer = ውልቃዊ ቁጽሪ
need-id-document = መንነት ሰነድ
need-documents = ወረቓቕትን ምስክር ወረቐታትን
need-email = ኣድራሻ ኢመይል
need-photo = ስእሊ
need-fee = ክፍሊት

## Speech
speech-digit-entered = ቁጽሪ ኣትዩ
speech-key-space = ባዶ ቦታ
speech-key-backspace = ደምስስ
speech-not-available = ብዚ ቋንቋ እዚ ብድምጺ ምንባብ የለን።
speech-offer = ብሓደ ካብዞም ቋንቋታት ክትሰምዑ ትኽእሉ ኢኹም፦
speech-time-range = ካብ { $opens } ክሳብ { $closes }

## Printed ticket
print-your-number = ቁጽርኹም
print-position = ቦታኹም ኣብ መስርዕ: { $position }
print-wait = ግምታዊ ግዜ ምጽባይ: ኣስታት { $minutes } ደቒቕ
print-called = በጃኹም ቁጽርኹም ኣብ ስክሪን ክሳዕ ዝርአ ተጸበዩ።
print-follow = ነቲ መስርዕ ብሞባይልኩም ተኸታተሉ
print-issued = ዝተዋህበሉ ግዜ: { $time }
print-sample-service = ሓፈሻዊ መምርሒ
