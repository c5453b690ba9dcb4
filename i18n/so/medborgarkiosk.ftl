language-name = Soomaali

## Bilow
welcome = Soo dhawoow
start-touch-language = Taabo luqaddaada si aad u bilowdo
start-open-today = Maanta waa furan yahay { $hours }
start-closed-today = Maanta waa xiran yahay

## Bogga hore
home-title = Maxaad rabtaa inaad samayso?
home-desk-hint = Had iyo jeer waxaad weydiin kartaa shaqaalaha miiska soo dhaweynta.

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
queue-group-desk = Caawimaad miiska soo dhaweynta
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
queue-specialist-text = Arrintan waxaa qabta khabiir, ma aha miiska soo dhaweynta. Khabiirka ayaa go'aanka gaara.
queue-specialist-desk = Shaqaalaha miiska soo dhaweynta ayaa kaa caawin kara inaad bilowdo: waxaad u baahan tahay, foomka saxda ah ama ballan qabsasho.
queue-specialist-take-ticket = Qaado warqad saf oo loogu talagalay miiska soo dhaweynta
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
queue-unreachable-text = Halkan hadda laguma qaadan karo warqad saf. Tag miiska soo dhaweynta, shaqaaluhu way ku caawin doonaan.
queue-refused-title = Warqad saf lama helin
queue-refused-text = Nidaamka safku ma aqbalin codsiga. Tag miiska soo dhaweynta, shaqaaluhu way ku caawin doonaan.
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

## Wax kale? (dhammaadka booqashada)
finish-title = Ma rabtaa inaad samayso wax kale?
finish-ends = { $seconds ->
    [one] Haddii kale, shaashaddu waxay dib ugu bilaabanaysaa booqdaha xiga { $seconds } ilbiriqsi kadib.
   *[other] Haddii kale, shaashaddu waxay dib ugu bilaabanaysaa booqdaha xiga { $seconds } ilbiriqsi kadib.
}
finish-more = Haa, wax kale
finish-done = Maya, waan dhammeeyay
more-below = Wax kale ayaa hoos ku jira

## E-services, forms and contacts
tile-guides = Adeegyada elektaroonigga iyo foomamka
tile-guides-text = Tallaabo tallaabo: ka codso internetka ama warqad
tile-contacts = Xiriirada
tile-contacts-text = Telefoonka, cinwaanka iyo saacadaha furitaanka ee degmada iyo hay'adaha
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
contact-address = Cinwaan
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
need-email = Cinwaanka iimaylka
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
## Fikrad (synpunkt)
tile-synpunkt = Fikrad dhiibo
tile-synpunkt-text = Cabasho, ammaan ama talo ku saabsan adeegyada degmada
syn-intro-title = Fikrad dhiibo
syn-intro-what = Fikradi waa cabasho, ammaan ama talo ku saabsan adeegyada degmada. Waxay ku saabsanaan kartaa sida laguula dhaqmay, inta uu wax qaatay, helitaanka adeegga ama aqoonta shaqaalaha.
syn-intro-use = Dhammaan fikradaha waan akhrinnaa, waxaanan u isticmaalnaa inaan ka fiicnaanno.
syn-intro-continue = Haa, waxaan rabaa inaan fikrad dhiibo
syn-not-title = Kuwani ma aha fikrad. Taabo si aad u aragto meesha aad u jeedsanayso:
syn-route-fault-title = Ka warbixinta cillad
syn-route-fault-text = Wax baa jaban ama khatar ah, tusaale ahaan laydhka waddada, god waddada ku yaal ama qoraal darbiga lagu sawiray.
    Ka warbixi cilladda si dadka saxda ahi u hagaajiyaan.
syn-route-proposal-title = Soo jeedin siyaasiyiinta
syn-route-proposal-text = Waxaad rabtaa in siyaasiyiintu go'aan ka gaaraan wax cusub oo degmada ah. Taasi ma aha fikrad.
    Bogga degmada ”Så kan du påverka” (sida aad saameyn u yeelan karto) ayaa sheegaya sida aad soo jeedin ugu gudbin karto siyaasiyiinta. Haddii fikradaadu ku saabsan tahay adeegyada degmada, waa fikrad: dooro Talo.
syn-route-damage-title = Magdhow
syn-route-damage-text = Waxaad rabtaa magdhow khasaare aad u malaynayso in degmadu mas'uul ka tahay.
    Codso magdhow. Kaydi rasiidhada oo sawir ka qaad khasaaraha.
syn-route-appeal-title = Racfaan go'aan
syn-route-appeal-text = Waxaad u malaynaysaa in go'aan degmadu gaartay uu khaldan yahay.
    Racfaanka go'aanku waa wax ka duwan fikrad. Racfaannadu waxay leeyihiin xeerar iyo waqtiyo u gaar ah, badanaa saddex toddobaad laga bilaabo maalinta aad go'aanka heshay. Go'aanka ayaa ku qoran sida loo sameeyo.
syn-route-scan = Ku sawir koodhka kamaradda taleefankaaga, ama tag:
syn-route-back = Ku noqo fikradaha
syn-kind-title = Maxaad rabtaa inaad dhiibto?
syn-kind-complaint = Cabasho
syn-kind-complaint-text = Wax uma shaqayn sidii loo baahnaa
syn-kind-praise = Ammaan
syn-kind-praise-text = Wax si fiican ayuu u shaqeeyay
syn-kind-suggestion = Talo
syn-kind-suggestion-text = Fikrad ku saabsan sida wax uga fiicnaan karaan
syn-area-title = Adeeggee buu khuseeyaa?
syn-area-school = Dugsiga iyo xannaanada carruurta
syn-area-social = Adeegga bulshada iyo daryeelka
syn-area-building = Dhismaha iyo guryaha
syn-area-streets = Waddooyinka iyo beeraha nasashada
syn-area-culture = Dhaqanka iyo waqtiga firaaqada
syn-area-center = Xarunta muwaadiniinta
syn-area-other = Wax kale
syn-topics-title = Maxay ku saabsan tahay?
syn-topics-hint = Dooro mid ama dhowr.
syn-topic-treatment = Sida laguula dhaqmay
syn-topic-handling-time = Waqtiga ay qaadatay
syn-topic-accessibility = Helitaanka adeegga
syn-topic-competence = Aqoonta iyo xirfadda
syn-topic-other = Wax kale
syn-selected = La doortay: { $choice }
syn-next = Xiga
syn-error-no-topic = Dooro ugu yaraan mid.
syn-message-title = Qor fikradaada
syn-message-hint = Noo sheeg waxa dhacay, meesha iyo goorta.
syn-error-message-empty = Wax qor ka hor intaadan sii wadin.
syn-error-message-too-long = Qoraalku aad buu u dheer yahay. Ugu badnaan 4000 xaraf ayaad qori kartaa.
syn-error-message-control = Qoraalka waxaa ku jira calaamad aan la diri karin.
kb-chars-left = { $count ->
    [one] { $count } xaraf ayaa haray
   *[other] { $count } xaraf ayaa haray
}
kb-shift = Xaraf weyn
kb-backspace = Tirtir
kb-space = Meel bannaan
kb-clear = Tirtir dhammaan
kb-layout-swedish = ÅÄÖ
kb-layout-latin = ABC
kb-layout-turkish = ÇĞŞ
kb-layout-arabic = أبت
kb-layout-persian = پچژ
syn-contact-title = Ma rabtaa jawaab?
syn-contact-with-title = Macluumaadka xiriirka oo la socda
syn-contact-answer = Haddii aad bixiso iimayl ama lambar taleefan, degmadu waxay kuu soo jawaabi doontaa, ama waxay kuu sheegi doontaa sida arrinta loo wado, ugu dambayn { $date }.
syn-contact-answer-soon = Haddii aad bixiso iimayl ama lambar taleefan, degmadu waxay kuu soo jawaabi doontaa, ama waxay kuu sheegi doontaa sida arrinta loo wado, laba maalmood oo shaqo gudahood.
syn-contact-anonymous-title = Magac la'aan
syn-contact-anonymous = Macluumaad xiriir la'aan jawaab ma helaysid. Laakiin fikraddaada waan akhrinaynaa oo waan isticmaalaynaa.
syn-contact-public-title = Dukumenti dadweyne
syn-contact-public = Fikraddu waxay noqotaa dukumenti dadweyne. Taas macnaheedu waa in dad kale codsan karaan inay akhriyaan, oo ay ku jiraan magacaaga iyo macluumaadka xiriirka haddii aad bixiso. Ha qorin macluumaad xasaasi ah, tusaale ahaan caafimaadka.
syn-contact-with = Waxaan rabaa jawaab
syn-contact-anonymous-button = U dir magac la'aan
syn-details-title = Macluumaadkaaga xiriirka
syn-details-hint = Qor iimayl ama lambar taleefan, ama labadaba. Magacaaga waad qori kartaa haddii aad rabto.
syn-field-name = Magac
syn-field-email = Iimayl
syn-field-phone = Taleefan
syn-field-name-hint = Magacaaga (haddii aad rabto).
syn-field-email-hint = Tusaale ahaan magac@example.com
syn-field-phone-hint = Tusaale ahaan 070-123 45 67, ama + iyo koodhka dalka
syn-field-empty = Lama buuxin
syn-field-write = Qor: { $field }
syn-field-done = Dhammaaday
syn-error-name = Magacu aad buu u dheer yahay.
syn-error-email-at = Cinwaanka iimaylku waa inuu leeyahay @, tusaale ahaan magac@example.com
syn-error-email-domain = Hubi qaybta ka dambaysa @, tusaale ahaan example.com
syn-error-email-character = Cinwaanka iimaylka waxaa ku jira meel bannaan ama calaamad aan la oggolayn.
syn-error-email-too-long = Cinwaanka iimaylku aad buu u dheer yahay.
syn-error-phone-too-short = Lambarka taleefanku tirooyin aad u yar ayuu leeyahay.
syn-error-phone-too-long = Lambarka taleefanku tirooyin aad u badan ayuu leeyahay.
syn-error-phone-character = Isticmaal tirooyin, meelo bannaan iyo + bilowga oo keliya.
syn-error-phone-prefix = Ku bilow 0 (tusaale ahaan 070) ama + iyo koodhka dalka.
syn-error-no-contact = Qor iimayl ama lambar taleefan si aan kuugu jawaabno. Ama dib u noqo oo dooro inaad u dirto magac la'aan.
syn-review-title = Wax walba ma saxan yihiin?
syn-review-hint = Akhri. Wax walba waad beddeli kartaa ka hor intaadan dirin.
syn-review-kind = Nooca
syn-review-area = Adeegga
syn-review-topics = Ku saabsan
syn-review-message = Qoraalkaaga
syn-review-contact = Xiriirka
syn-review-anonymous = Magac la'aan, jawaab ma helaysid
syn-review-line = { $label }: { $value }
syn-review-edit-kind = Beddel nooca
syn-review-edit-area = Beddel adeegga
syn-review-edit-topics = Beddel mawduucyada
syn-review-edit-message = Beddel qoraalka
syn-review-edit-contact = Beddel xiriirka
syn-send = Dir
syn-sending = Waa la dirayaa …
syn-receipt-title = Waad ku mahadsan tahay fikraddaada!
syn-receipt-sorry = Waan ka xunnahay inaad khibrad xun la kulantay.
syn-receipt-queued = Kiyooskan hadda xiriir lama laha degmada. Fikraddaada halkan ayaa lagu kaydiyay, waxaana la diri doonaa marka xiriirku soo laabto.
syn-receipt-next = Xarunta xiriirka ee degmadu waxay diiwaangelinaysaa fikraddaada. Guddiga mas'uulka ka ah adeegga ayaa dabagal ku samayn doona.
syn-receipt-answer = Waxaad heli doontaa jawaab, ama war ku saabsan sida arrinta loo wado, ugu dambayn { $date }.
syn-receipt-no-answer = Macluumaad xiriir ma aadan bixin, sidaas darteed jawaab ma helaysid. Laakiin fikraddaada waan akhrinaynaa oo waan isticmaalaynaa.
syn-receipt-unhappy = Haddii aadan ku qanacsanayn jawaabta, mar kale nala soo xiriir oo codso in maamulaha adeeggu eego arrinta. Sheeg lambarkaaga tixraaca.
syn-receipt-reference = Lambarkaaga tixraaca:
syn-receipt-done = Dhammaaday
syn-list-separator = { ", " }

# Area news, events, crisis information and the wall display (issue 7)
crisis-source = Isha: { $source }
crisis-banner-more = Halkan taabo si aad u akhrido fariinta oo dhan
crisis-more-messages = fariimo kale: { $count }
crisis-takeover-title = Fariin muhiim ah
crisis-ack = Waan akhriyay fariinta
crisis-close = Xir
crisis-published = La daabacay { $time }
crisis-not-in-language = Fariintan laguma hayo luqaddaada. Waxaa lagu muujiyey luqaddii asalka ahayd.
crisis-exercise = Tababar, run maaha
crisis-test = Tijaabo, run maaha
tile-news = Warar iyo dhacdooyin
tile-news-text = Waxa ka socda aagga
news-title = Warar iyo dhacdooyin
news-heading = Warar
events-heading = Dhacdooyinka soo socda
news-in-swedish = Warar luqaddaada ah ma jiraan. Waxaa lagu muujiyey iswiidhish.
news-none = Hadda warar ma jiraan.
events-none = Hadda dhacdooyin soo socda ma jiraan.
news-stale = Macluumaadka { $source } waxaa ugu dambeysay la soo qaaday { $time }.
display-now-serving = Hadda waxaa loo adeegayaa
display-ticket = Lambarka
display-counter = U gudub
display-no-one = Hadda cidna lama yeerayo.
display-hours-today = Saacadaha furitaanka maanta
crisis-listen = Dhageyso fariinta

## Search on the on-screen keyboard, and spoken keys (search-open311)
speech-key-switch = Beddel kiiboodhka
search-button = Raadi
search-title = Raadi
search-hint = Qor eray, tusaale ahaan xannaano, ruqsad dhismo ama baasaboor.
search-contacts-hint = Qor magac ama mawduuc, tusaale ahaan Försäkringskassan ama canshuur.
search-no-results = Waxba lama helin. Isku day eray kale.
search-kind-form = Foom
search-kind-contact = Xiriir

# --- staff mode and out of service (issue 8) ---
out-of-service-title = Kiosk-kan hadda waa xiran yahay
out-of-service-text = Fadlan u tag miiska. Halkaas ayaan kugu caawin doonnaa.
staff-assist-marker = Shaqaaluhu way caawinayaan
staff-pin-title = Habka shaqaalaha
staff-pin-hint = Geli PIN-ka shaqaalaha.
staff-pin-open = Fur
staff-pin-wrong = PIN khaldan. Isku dayada harsan: { $left }
staff-pin-locked = Isku dayo khaldan oo badan. Habka shaqaalaha waa xiran yahay ilaa { $time }.
staff-pin-not-set = Kiosk-kan ma laha PIN shaqaale. IT ayaa ku dara amarka hash-pin.
staff-cancel = Jooji
staff-title = Habka shaqaalaha
staff-auto-leave = Habka shaqaaluhu wuu is xirayaa 2 daqiiqo kadib haddii aan la taaban.
staff-leave = Ka bax habka shaqaalaha
staff-api = Nidaamka degmada (API-ga dhexe)
staff-api-none = Xiriir lama laha nidaamka degmada: tigidhada safka iyo fikradaha waa dansan yihiin.
staff-last-success = Xiriirkii ugu dambeeyay: { $time }
staff-last-error = Khaladkii ugu dambeeyay: { $error }
staff-never = weligeed
staff-no-error = khalad ma jiro
staff-error-network = xiriir shabakad ma jiro
staff-error-timeout = waqtigii kuma jawaabo
staff-error-server = khalad ka jira server-ka
staff-error-rate-limited = codsiyo aad u badan, server-ku wuxuu kiosk-ka ka codsanayaa inuu sugo
staff-error-auth = furaha (token) ma shaqeynayo
staff-error-rejected = server-ku ma aqbalin xogta
staff-error-protocol = jawaab aan la filayn oo ka timid server-ka
staff-error-local = khalad ku jira kiosk-ka (dejinta ama kaydinta)
staff-outbox = Fikrado sugaya in la diro
staff-outbox-pending = Sugaya: { $count }
staff-outbox-oldest = Kan ugu da'da weyn wuxuu sugayay { $minutes } daqiiqo.
staff-retry-now = Isku day inaad hadda dirto
staff-retry-started = Kiosk-ku hadda wuxuu isku dayayaa inuu diro.
staff-content = Macluumaadka (adeegyada elektaroonigga, foomamka, xiriirada)
staff-content-version = Nooca: { $version }
staff-content-reload = Dib u soo rar macluumaadka
staff-content-reloaded = Macluumaadka waa la soo raray.
staff-content-kept = Macluumaadku khalad ayay leeyihiin. Kiosk-ku wali wuxuu muujinayaa macluumaadkii hore.
staff-feeds = Warar iyo fariimaha xaaladaha degdegga ah
staff-feeds-none = Ilo war lama dejin.
staff-speech = Kor u akhris
staff-speech-engine = Mashiinka hadalka: { $engine }
staff-speech-none = Mashiin hadal ma jiro. IT ayaa rakibta xirmada espeak-ng.
staff-headphones = Habka dhegaha-dhegeysiga
staff-headphones-same = Habka dhegaha-dhegeysigu ma laha meel u gaar ah: isla sameecad, cod hoose.
staff-on = shidan
staff-off = dansan
staff-toggle = { $name }: { $state }
staff-pause = Hakad geli kiosk-ka
staff-resume = Mar kale fur kiosk-ka
staff-assist = Habka caawimaadda
staff-counts = Maanta
staff-counts-tickets = Tigidhada safka
staff-counts-synpunkter = Fikradaha
staff-counts-languages = Luqadaha la doortay
staff-counts-none = weli waxba

# Feed errors in the staff panel
staff-feed-error-http = server-ku wuxuu ku jawaabay qalad
staff-feed-error-too-large = feed-ku wuu ka weyn yahay xadka
staff-feed-error-not-a-feed = cinwaanku wuxuu bixiyaa bog internet, ma aha feed
staff-feed-error-malformed = feed-ka lama akhrin karo
staff-error-clock-skew = saacadda kiosk-ku way ka horreysaa saacadda server-ka
staff-api-demo = Habka tijaabada: server-ka ku dhex jira kiosk-ka ayaa la isticmaalayaa. Fikradaha waxay ku harayaan kiosk-kan, lamana ballan qaado taariikh jawaab.
staff-outbox-refused = Server-ku wuu diiday: { $count } (waa loo kaydiyay IT)
staff-outbox-refused-oldest = Kii ugu horreeyay waxaa la diiday { $days } maalmood ka hor.
staff-outbox-refused-reason = Sababta: { $reason }
staff-refused-field-message = fariinta
staff-refused-field-email = cinwaanka iimaylka
staff-refused-field-phone = lambarka taleefanka
staff-refused-field-name = magaca
staff-refused-field-other = xog ka mid ah fikradda
staff-refused-fields = lama aqbalin: { $fields }
staff-refused-no-reason = server-ku sabab ma sheegin
staff-refused-it = IT ayaa arka oo dib u dira amarkan: medborgarkiosk outbox list
staff-clock = Saacadda
staff-clock-ntp-yes = Saacadda waa la waafajiyay (NTP).
staff-clock-ntp-no = Saacadda lama waafajin (NTP). IT ayaa hubinaya dejinta waqtiga.
staff-clock-ntp-unknown = Lama yaqaan in saacadda la waafajiyay.
staff-clock-skew = Farqiga saacadda server-ka: { $seconds } ilbiriqsi
staff-clock-skew-unknown = Farqiga saacadda server-ka: weli lama cabbirin
staff-pin-locked-reset = Isku day khaldan oo aad u badan. Habka shaqaalaha waa xiran yahay ilaa IT dib u dejiso (PIN cusub oo ku jira dejinta).

# Wall display polish: counters by name, next opening
display-counter-name = Miiska { $counter }
display-closed-opens = Hadda waa xiran yahay. Wuxuu furmayaa { $day } saacadda { $time }.
display-opens = Wuxuu furmayaa { $day } saacadda { $time }.
# A call said aloud on the wall display (issue 21): $number spelled, $counter as on the desk
display-call = Lambarka { $number }, miiska { $counter }

## Keys and speech without sight (issue 18)
focus-text-size = Cabbirka qoraalka { $step }
focus-button = badhan
focus-selected = la doortay
focus-not-selected = lama dooran
focus-key = fure
focus-position = { $position } ka mid ah { $count }
focus-choices = Tirada doorashooyinka: { $count }
keys-help = Halkan ayaad joogtaa: { $title }. Furaha Tab ama furayaasha fallaadhaha ayaa kugu dhex wareejiya doorashooyinka. Enter ayaa dooranaya. Escape ayaa hal tallaabo dib kuu celinaya. Home ayaa dib u bilaabaya. Furayaasha lagu daro iyo laga jaro ayaa beddela codka. F5 ayaa mar kale akhrinaya. F1 ayaa akhrinaya caawimaaddan.
text-entered = Xarfaha la qoray: { $count }
text-char-entered = Xaraf waa la geliyay
syn-contact-demo = Tani waa bandhig: ra'yiga looma diro degmada, qofna kaama jawaabi doono.
focus-text-field = goob qoraal

## Qalabka dijitaalka ah ee xafiiska (issue 23)
tile-tools = Qalabka dijitaalka ah
tile-tools-text = Kombiyuutarro, daabacaad, wifi iyo caawimaad aad ku bilowdo
tools-title = Qalabka dijitaalka ah ee halkan yaal
tools-intro = Waxyaabahan ayaa xafiiska kuugu diyaar ah. Shaqaaluhu waxay ku tusayaan sida loo isticmaalo.
tools-skills = Baro waxyaabaha dijitaalka ah
tools-skills-text = Iimayl, BankID, sanduuqa boostada dijitaalka ah iyo iska ilaalinta khiyaanada
tools-drop-in = Drop-in: caawimaad dijitaal ah oo aan ballan loo baahnayn
tools-drop-in-day = { $weekday }: { $hours }
tools-wifi-network = Magaca shabakadda
tools-wifi-hidden = Shabakaddu kama muuqato liiska. Iskaan koodhka, ama adigu qor magaca.
tools-wifi-open = Shabakaddu waa furan tahay. Uma baahnid eray sir ah.
tools-wifi-password = Erayga sirta ah
tools-wifi-show-password = Muuji erayga sirta ah
tools-wifi-hide-password = Qari erayga sirta ah
tools-wifi-password-not-read = Erayga sirta ah wuxuu ka muuqdaa shaashadda. Sameecadda lagama akhriyo.
tools-wifi-qr = Ku xiro telefoonkaaga
tools-wifi-scan = Kaamirada telefoonka u jeedi koodhka. Markaas telefoonku wuxuu ku xirmayaa shabakadda.
search-kind-tool = Halkan xafiiska
guide-related = Sidoo kale akhri
ticket-topic = Caawimaad ku saabsan: { $topic }

## Safka xafiiska: bogga miiska iyo safka taleefanka (issue 21)
counter-page-title = Miiska – safka
counter-sign-in-title = Ku gal miiska
counter-sign-in-text = Qor furaha miiska. Waxaad ka helaysaa qofka maamula nidaamka.
counter-token-label = Furaha miiska
counter-sign-in = Gal
counter-sign-in-failed = Furahani kuma shaqeeyo miis. Isku day mar kale.
counter-sign-in-locked = Isku dayo aad u badan. Sug hal daqiiqo, kadibna isku day mar kale.
counter-sign-out = Ka bax
counter-heading = Miiska { $counter } – { $office }
counter-other-language = English
counter-current = Hadda kula jooga
counter-none-current = Hadda cidna lama yeerin.
counter-call-next = Yeer kan xiga
counter-call-again = Mar kale yeer
counter-done = Dhammaad
counter-no-show = Ma iman
counter-transfer = U dir adeeg kale
counter-transfer-to = Adeegga
counter-transfer-button = Dir
counter-services = Adeegyada miisku qabto
counter-services-save = Kaydi
counter-waiting = Sugaya: { $service }
counter-nobody-waiting = Cidna ma sugayso.
counter-col-number = Lambarka
counter-col-waited = Muddada sugitaanka
counter-col-language = Luqadda
counter-col-needs = Baahiyaha
counter-col-topic = Ku saabsan
counter-minutes = { $minutes } daqiiqo
counter-interpreter = Turjubaan: { $language }
counter-called-at = La yeeray { $time }
counter-issued-at = Warqadda qaatay { $time }
counter-nobody-to-call = Cidna ma sugayso adeegyada miiskan.
counter-choose-services = Dooro ugu yaraan hal adeeg oo miiskan qabto.
counter-stale = Boggu wuu duugoobay: waxba lama samayn. Tani waa xaaladda hadda.
counter-skip = U bood safka
follow-page-title = Warqaddaada safka
follow-number = Lambarkaaga
follow-ahead = { $count ->
    [0] Adiga ayaa xiga.
    [one] { $count } qof ayaa kaa horreeya.
   *[other] { $count } qof ayaa kaa horreeya.
}
follow-your-turn = Hadda waa kuu timid
follow-go-to = U gudub miiska { $counter }
follow-finished = Booqashadaadu way dhammaatay. Mahadsanid!
follow-no-show = Lambarkaaga waa la yeeray, laakiin ma aadan iman. Qaado warqad saf oo cusub haddii aad u baahan tahay.
follow-refresh = Boggani si toos ah ayuu isu cusboonaysiiyaa.
follow-gone-title = Warqaddan safka hadda ma shaqeyso
follow-gone-text = Xiriirku waa duug ama waa khalad. Ka qaado warqad saf oo cusub shaashadda xafiiska.

## The statistics report (issue 22), read by the organisation
report-title = Tirakoob: { $office }
report-period = Muddada: { $from } – { $to }
report-generated = Waxaa la sameeyay { $time } laga soo qaaday tirinta qarsoodiga ah ee kiosk-yada, tigidhada safka iyo fikradaha.
report-small-numbers = Tirooyinka ka yar 3 waxaa loo muujiyaa “< 3” si aan qofna loo garan. Saamiyada iyo dhexdhexaadka waxaa la muujiyaa kaliya marka saldhiggu yahay ugu yaraan 3.
report-visits = Booqashooyinka maalinta toddobaadka iyo saacadda
report-visits-note = Booqashooyin laga bilaabay shaashadda, waqtiga Iswiidhan. Sanduuq madow: booqashooyin badan.
report-hour = Saacad
report-day-mon = Isn
report-day-tue = Tal
report-day-wed = Arb
report-day-thu = Kha
report-day-fri = Jim
report-day-sat = Sab
report-day-sun = Axd
report-languages = Luqadaha
report-entries = Waxa booqdayaashu marka hore doorteen
report-count = Tirada
report-waits = Waqtiyada sugitaanka adeeg kasta
report-wait-axis = Waqtiga sugitaanka daqiiqado
report-service-tickets = Tigidho: { $tickets }. La yeeray: { $called }. Ma iman: { $noshows }.
report-median-wait = Dhexdhexaadka sugitaanka
report-median-handling = Dhexdhexaadka waqtiga miiska
report-within-target = La yeeray gudaha yoolka ({ $target } daqiiqo)
report-minutes = { $minutes } daqiiqo
report-percent = { $percent } %
report-hidden = lama muujiyo (ka yar 3)
report-guides = Tobanka hage ee ugu isticmaalka badan
report-guides-help = Hagayaasha ay booqdayaashu ka codsadeen caawimo shaqaalaha
report-flows = Halka ay booqdayaashu ka quustaan
report-flow = { $flow }: { $started } la bilaabay, { $completed } la dhammeeyay
report-left-axis = Ka tagay tallaabadan
report-searches = Raadinno: { $made }. Natiijo la’aan: { $empty }.
report-synpunkter = Fikradaha qaybta iyo nooca
report-promise = Ballanta: jawaab ama jawaab-celin laba maalmood oo shaqo gudahood
report-promise-note = Fikradaha leh macluumaadka xiriirka ee yimid muddada, iyo inta helay jawaab ama jawaab-celin ugu dambayn maalinta jawaabta.
report-percent-axis = Saamiga waqtigeeda (%)
report-col-area = Qaybta
report-col-with-contact = Leh macluumaad xiriir
report-col-kept = Waqtigeeda
report-col-percent = Saamiga waqtigeeda
report-col-name = Maxaa
report-other = Kuwo kale: helitaanka, waqti dhaaf, macluumaadka xaaladda degdegga ah
report-nothing = Waxba muddadan.
