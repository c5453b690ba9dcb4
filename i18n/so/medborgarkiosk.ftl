language-name = Soomaali

## Bilow
welcome = Soo dhowow
start-touch-language = Taabo luqaddaada si aad u bilowdo
start-open-today = Maanta waa furan yahay { $hours }
start-closed-today = Maanta waa xiran yahay

## Bogga hore
home-title = Maxaad rabtaa inaad samayso?
home-desk-hint = Had iyo jeer waxaad weydiin kartaa shaqaalaha miiska soo dhoweynta.

## Saacadaha furitaanka
tile-hours = Saacadaha furitaanka
tile-hours-text = Goorta aan furan nahay toddobada maalmood ee soo socda
hours-title = Saacadaha furitaanka
hours-closed = Xiran
hours-changed = Saacado la beddelay
hours-today-date = Maanta, { $date }
hours-day-line = { $day }: { $hours }

## Warqadda safka
tile-queue = Warqadda safka
tile-queue-text = Qaado warqad saf oo arag inta aad sugayso
queue-title = Warqadda safka
queue-loading = Safafka ayaa la soo qaadayaa …
queue-choose = Dooro waxa booqashadaadu ku saabsan tahay.
queue-group-desk = Caawimaad miiska soo dhoweynta
queue-group-specialist = Waxaa qabta khubaro
queue-people-waiting = { $count ->
    [one] { $count } qof ayaa sugaya
   *[other] { $count } qof ayaa sugaya
}
queue-wait-none = Sugitaan ma jiro
queue-wait-under-five = Sugitaan ka yar 5 daqiiqo
queue-wait-about = Qiyaastii { $minutes } daqiiqo sugitaan
queue-closed = Hadda waa xiran yahay
queue-closed-opens-today = Waa xiran yahay. Maanta wuxuu furmayaa saacadda { $time }
queue-closed-opens-on = Waa xiran yahay. Wuxuu furmayaa { $weekday } saacadda { $time }
queue-specialist-text = Arrintan waxaa qabta khabiir, ma aha miiska soo dhoweynta. Khabiirka ayaa go'aanka gaara.
queue-specialist-desk = Shaqaalaha miiska soo dhoweynta ayaa kaa caawin kara inaad bilowdo: waxaad u baahan tahay, foomka saxda ah ama ballan qabsasho.
queue-specialist-take-ticket = Qaado warqad saf oo loogu talagalay miiska soo dhoweynta
queue-needs-title = Ma u baahan tahay wax gaar ah?
queue-needs-help-with = Waxaa lagaa caawinayaa inaad bilowdo: { $errand }
queue-needs-optional = Waad ka boodi kartaa tan.
queue-interpreter-question = Ma u baahan tahay turjubaan?
queue-interpreter-none = Turjubaan uma baahni
queue-interpreter-want = Haa, waxaan u baahanahay turjubaan
queue-interpreter-which = Turjubaan luqaddee ah?
queue-accessibility-question = Ma u baahan tahay caawimaad kale?
queue-need-wheelchair = Waxaan isticmaalaa kursi curyaan
queue-need-hearing-loop = Wareegga maqalka
queue-need-low-vision = Si fiican wax uma arko
queue-need-quiet = Qol deggan
queue-need-other = Wax kale
queue-get-ticket = Qaado warqadda
queue-issuing = Lambarkaaga ayaa la soo qaadayaa …
queue-your-number = Lambarkaaga
queue-position = Booskaaga safka: { $position }
queue-where-to-wait = Fadlan ku fadhiiso meesha sugitaanka. Lambarkaagu wuxuu ka muuqdaa shaashadaha, waana la yeeri doonaa marka ay kuu timaado.
queue-follow-on-phone = Safka ka raac taleefankaaga: iskaan koodka.
queue-printing = Warqadda ayaa la daabacayaa …
queue-printed = Ka qaado warqadda daabacaha.
queue-print-failed = Warqadda lama daabici karin. Xasuuso lambarkaaga.
queue-done = Dhammaad
queue-unreachable-title = Safka lama gaari karo hadda
queue-unreachable-text = Halkan hadda laguma qaadan karo warqad saf. Tag miiska soo dhoweynta, shaqaaluhu way ku caawin doonaan.
queue-refused-title = Warqad saf lama helin
queue-refused-text = Nidaamka safku ma aqbalin codsiga. Tag miiska soo dhoweynta, shaqaaluhu way ku caawin doonaan.
queue-retry = Isku day mar kale

## Taariikhaha
weekday-1 = Isniin
weekday-2 = Talaado
weekday-3 = Arbaco
weekday-4 = Khamiis
weekday-5 = Jimce
weekday-6 = Sabti
weekday-7 = Axad
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luuliyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Desembar
date-long = { $weekday } { $day } { $month }

## Safka badhamada ee shaashad kasta
bar-language = Luqadda
bar-text-size = Cabbirka qoraalka
bar-contrast = Kala-duwanaan sare
bar-start-over = Dib u bilow
bar-back = Dib u noqo
text-size-sample = A
language-picker-title = Dooro luqaddaada
bar-listen = Dhageyso
bar-listen-stop = Jooji akhriska
speech-repeat = Mar kale akhri
speech-louder = Kor u qaad
speech-quieter = Hoos u dhig

## Weli ma joogtaa?
idle-title = Weli ma joogtaa?
idle-countdown = { $seconds ->
    [one] { $seconds } ilbiriqsi kadib shaashaddu dib ayay u bilaabanaysaa, wax kasta oo aad dooratay oo aad qortayna waa la tirtirayaa.
   *[other] { $seconds } ilbiriqsi kadib shaashaddu dib ayay u bilaabanaysaa, wax kasta oo aad dooratay oo aad qortayna waa la tirtirayaa.
}
idle-yes = Haa, waan joogaa

## E-services, forms and contacts
tile-guides = Adeegyada elektaroonigga iyo foomamka
tile-guides-text = Tallaabo tallaabo: ka codso internetka ama warqad
tile-contacts = Xiriirada
tile-contacts-text = Telefoonka, ciwaanka iyo saacadaha furitaanka ee degmada iyo hay'adaha
guides-title = Adeegyada elektaroonigga iyo foomamka
guides-choose-category = Dooro mawduuc.
guides-choose-guide = Dooro waxa aad rabto inaad samayso.
guides-in-swedish = Qoraalkan weli laguma hayo luqaddaada. Waxaa lagu muujinayaa iswiidhish.
guide-provider = Mas'uulka: { $provider }
guide-who = Yaa codsan kara?
guide-need = Waxaad u baahan tahay
guide-steps = Sidaan samee
guide-time = Inta ay qaadanayso
guide-help = Halkan ka hel caawimaad shakhsi ah
guide-continue-on-phone = Ku sii wad telefoonkaaga
guide-scan-text = Kaamirada telefoonka u jeedi koodhka. Adeegga elektaroonigga ah ayaa furmaya.
guide-help-from-staff = Waxaan rabaa caawimaad shaqaalaha
forms-title = Foomam warqad ah
forms-tile-text = Foomam aad ka heli karto soo dhaweynta
forms-intro = Foomamkan ka weydii soo dhaweynta.
forms-hand-in = Halkan ku dhiib foomka:
contacts-title = Xiriirada
contacts-choose = Dooro cidda aad rabto inaad la xiriirto.
contact-phone = Telefoon
contact-email = Iimayl
contact-address = Ciwaan
contact-web = Bogga internetka
contact-hours = Saacadaha furitaanka
contact-call-on-phone = Ka wac telefoonkaaga
contact-scan-text = Kaamirada telefoonka u jeedi koodhka. Markaas isla markiiba waad wici kartaa.
provider-municipality = Degmada Botkyrka
provider-forsakringskassan = Försäkringskassan (Hay'adda Caymiska Bulshada)
provider-csn = CSN (kaalmada waxbarashada)
provider-migrationsverket = Migrationsverket (Hay'adda Socdaalka)
provider-skatteverket = Skatteverket (Hay'adda Canshuuraha)
provider-arbetsformedlingen = Arbetsförmedlingen (Xafiiska Shaqada)
provider-a-kassa = A-kassa (sanduuqa shaqo la'aanta)
provider-konsumentverket = Konsumentverket (Hay'adda Macaamiisha)
provider-region = Region Stockholm (daryeelka caafimaadka)
provider-bank = Bangigaaga
provider-polisen = Polisen (booliiska)
provider-pensionsmyndigheten = Pensionsmyndigheten (Hay'adda Hawlgabka)
provider-transportstyrelsen = Transportstyrelsen (Hay'adda Gaadiidka)
provider-other = Hay'ad kale
need-bankid = BankID
need-personnummer = Lambarka aqoonsiga shakhsiga
need-id-document = Dukumenti aqoonsi
need-documents = Waraaqo iyo shahaadooyin
need-email = Ciwaanka iimaylka
need-photo = Sawir
need-fee = Lacag

## Speech
speech-digit-entered = Lambar ayaa la geliyay
speech-key-space = Meel bannaan
speech-key-backspace = Tirtir
speech-not-available = Akhris cod ah lagama heli karo luqaddan.
speech-offer = Waxaad ku dhegaysan kartaa mid ka mid ah luqadahan:
speech-time-range = { $opens } ilaa { $closes }

## Printed ticket
print-your-number = Lambarkaaga
print-position = Kaalintaada safka: { $position }
print-wait = Waqtiga sugitaanka la filayo: qiyaastii { $minutes } daqiiqo
print-called = Fadlan sug ilaa lambarkaagu ka soo muuqdo shaashadda.
print-follow = Safka kala soco taleefankaaga
print-issued = La bixiyay { $time }
print-sample-service = Hagitaan guud
