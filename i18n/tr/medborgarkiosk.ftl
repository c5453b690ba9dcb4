language-name = Türkçe

## Başlangıç
welcome = Hoş geldiniz
start-touch-language = Başlamak için dilinize dokunun
start-open-today = Bugün açık { $hours }
start-closed-today = Bugün kapalı

## Ana sayfa
home-title = Ne yapmak istiyorsunuz?
home-desk-hint = Resepsiyondaki personele her zaman sorabilirsiniz.

## Açılış saatleri
tile-hours = Açılış saatleri
tile-hours-text = Önümüzdeki yedi gün ne zaman açık olduğumuz
hours-title = Açılış saatleri
hours-closed = Kapalı
hours-changed = Değişen açılış saatleri
hours-today-date = Bugün, { $date }
hours-day-line = { $day }: { $hours }

## Sıra numarası
tile-queue = Sıra numarası
tile-queue-text = Sıra numarası alın ve ne kadar bekleyeceğinizi görün
queue-title = Sıra numarası
queue-loading = Sıralar getiriliyor …
queue-choose = Ziyaretinizin konusunu seçin.
queue-group-desk = Resepsiyonda yardım
queue-group-specialist = Uzmanlar tarafından yürütülür
queue-people-waiting = { $count ->
    [one] { $count } kişi bekliyor
   *[other] { $count } kişi bekliyor
}
queue-wait-none = Bekleme yok
queue-wait-under-five = 5 dakikadan az bekleme
queue-wait-about = Yaklaşık { $minutes } dakika bekleme
queue-closed = Şu anda kapalı
queue-closed-opens-today = Kapalı. Bugün açılış saati: { $time }
queue-closed-opens-on = Kapalı. Açılış: { $weekday }, saat { $time }
queue-specialist-text = Bu işlemle resepsiyon değil, bir uzman ilgilenir. Kararı uzman verir.
queue-specialist-desk = Resepsiyondaki personel başlamanıza yardım edebilir: neye ihtiyacınız olduğu, doğru form veya randevu almak.
queue-specialist-take-ticket = Resepsiyon için sıra numarası alın
queue-needs-title = Özel bir ihtiyacınız var mı?
queue-needs-help-with = Başlamanız için yardım alacaksınız: { $errand }
queue-needs-optional = Bu adımı atlayabilirsiniz.
queue-interpreter-question = Tercümana ihtiyacınız var mı?
queue-interpreter-none = Tercüman gerekmiyor
queue-interpreter-want = Evet, tercümana ihtiyacım var
queue-interpreter-which = Hangi dil için tercüman?
queue-accessibility-question = Başka yardıma ihtiyacınız var mı?
queue-need-wheelchair = Tekerlekli sandalye kullanıyorum
queue-need-hearing-loop = İndüksiyon döngüsü
queue-need-low-vision = İyi göremiyorum
queue-need-quiet = Sessiz bir oda
queue-need-other = Diğer
queue-get-ticket = Numara al
queue-issuing = Numaranız alınıyor …
queue-your-number = Numaranız
queue-position = Sıradaki yeriniz: { $position }
queue-where-to-wait = Lütfen bekleme alanında oturun. Numaranız ekranlarda görünür ve sıranız geldiğinde çağrılır.
queue-follow-on-phone = Sırayı telefonunuzdan takip edin: kodu tarayın.
queue-printing = Sıra numarası yazdırılıyor …
queue-printed = Sıra numaranızı yazıcıdan alın.
queue-print-failed = Sıra numarası yazdırılamadı. Numaranızı unutmayın.
queue-done = Tamam
queue-unreachable-title = Sıra sistemine şu anda ulaşılamıyor
queue-unreachable-text = Şu anda buradan sıra numarası alınamıyor. Resepsiyona gidin, personel size yardım edecek.
queue-refused-title = Sıra numarası alınamadı
queue-refused-text = Sıra sistemi isteği kabul etmedi. Resepsiyona gidin, personel size yardım edecek.
queue-retry = Tekrar deneyin

## Tarihler
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
date-long = { $day } { $month } { $weekday }

## Her ekrandaki düğme satırı
bar-language = Dil
bar-text-size = Yazı boyutu
bar-contrast = Yüksek kontrast
bar-start-over = Baştan başla
bar-back = Geri
text-size-sample = A
language-picker-title = Dilinizi seçin
bar-listen = Dinle
bar-listen-stop = Okumayı durdur
speech-repeat = Tekrar oku
speech-louder = Daha yüksek
speech-quieter = Daha alçak

## Hâlâ orada mısınız?
idle-title = Hâlâ orada mısınız?
idle-countdown = { $seconds ->
    [one] { $seconds } saniye sonra ekran baştan başlar ve seçtiğiniz ve yazdığınız her şey silinir.
   *[other] { $seconds } saniye sonra ekran baştan başlar ve seçtiğiniz ve yazdığınız her şey silinir.
}
idle-yes = Evet, buradayım

## Başka bir şey? (ziyaretin sonu)
finish-title = Başka bir şey yapmak istiyor musunuz?
finish-ends = { $seconds ->
    [one] İstemiyorsanız ekran { $seconds } saniye sonra bir sonraki ziyaretçi için baştan başlar.
   *[other] İstemiyorsanız ekran { $seconds } saniye sonra bir sonraki ziyaretçi için baştan başlar.
}
finish-more = Evet, başka bir şey
finish-done = Hayır, işim bitti
more-below = Aşağıda devamı var

## E-services, forms and contacts
tile-guides = E-hizmetler ve formlar
tile-guides-text = Adım adım: internetten veya kâğıtla başvurun
tile-contacts = İletişim
tile-contacts-text = Belediye ve kurumların telefonu, adresi ve açılış saatleri
guides-title = E-hizmetler ve formlar
guides-choose-category = Bir konu seçin.
guides-choose-guide = Ne yapmak istediğinizi seçin.
guides-in-swedish = Bu metin henüz sizin dilinizde yok. İsveççe gösteriliyor.
guide-provider = Sorumlu kurum: { $provider }
guide-who = Kim başvurabilir?
guide-need = Bunlara ihtiyacınız var
guide-steps = Nasıl yapılır
guide-time = Ne kadar sürer
guide-help = Kişisel yardımı burada alırsınız
guide-continue-on-phone = Telefonunuzda devam edin
guide-scan-text = Telefonunuzun kamerasını koda tutun. E-hizmet açılır.
guide-help-from-staff = Personelden yardım istiyorum
forms-title = Kâğıt formlar
forms-tile-text = Resepsiyondan alabileceğiniz formlar
forms-intro = Bu formları resepsiyondan isteyin.
forms-hand-in = Formu buraya verin:
contacts-title = İletişim
contacts-choose = Kiminle iletişime geçmek istediğinizi seçin.
contact-phone = Telefon
contact-email = E-posta
contact-address = Adres
contact-web = İnternet sitesi
contact-hours = Açılış saatleri
contact-call-on-phone = Telefonunuzdan arayın
contact-scan-text = Telefonunuzun kamerasını koda tutun. Hemen arayabilirsiniz.
provider-municipality = Botkyrka Belediyesi
provider-forsakringskassan = Försäkringskassan (Sosyal Sigorta Kurumu)
provider-csn = CSN (öğrenci kredisi)
provider-migrationsverket = Migrationsverket (Göç Dairesi)
provider-skatteverket = Skatteverket (Vergi Dairesi)
provider-arbetsformedlingen = Arbetsförmedlingen (İş Bulma Kurumu)
provider-a-kassa = A-kassa (işsizlik sigortası)
provider-konsumentverket = Konsumentverket (Tüketici Kurumu)
provider-region = Region Stockholm (sağlık hizmetleri)
provider-bank = Bankanız
provider-polisen = Polisen (polis)
provider-pensionsmyndigheten = Pensionsmyndigheten (Emeklilik Kurumu)
provider-transportstyrelsen = Transportstyrelsen (Ulaştırma Kurumu)
provider-other = Başka bir kurum
need-bankid = BankID
need-personnummer = Kişisel kimlik numarası
need-id-document = Kimlik belgesi
need-documents = Belgeler ve yazılar
need-email = E-posta adresi
need-photo = Fotoğraf
need-fee = Ücret

## Speech
speech-digit-entered = Rakam girildi
speech-key-space = Boşluk
speech-key-backspace = Sil
speech-not-available = Bu dilde sesli okuma yok.
speech-offer = Şu dillerden birinde dinleyebilirsiniz:
speech-time-range = { $opens } ile { $closes } arası

## Printed ticket
print-your-number = Numaranız
print-position = Sıradaki yeriniz: { $position }
print-wait = Tahmini bekleme süresi: yaklaşık { $minutes } dk
print-called = Lütfen numaranız ekranda görünene kadar bekleyin.
print-follow = Sırayı telefonunuzdan takip edin
print-issued = Verilme zamanı: { $time }
print-sample-service = Genel rehberlik
## Görüş (synpunkt)
tile-synpunkt = Görüş bildirin
tile-synpunkt-text = Belediyenin hizmetleri hakkında şikâyet, övgü veya öneri
syn-intro-title = Görüş bildirin
syn-intro-what = Görüş, belediyenin hizmetleri hakkında bir şikâyet, övgü veya öneridir. Size nasıl davranıldığı, bir şeyin ne kadar sürdüğü, erişilebilirlik veya bilgi ve yetkinlik hakkında olabilir.
syn-intro-use = Tüm görüşleri okuyor ve daha iyi olmak için kullanıyoruz.
syn-intro-continue = Evet, görüş bildirmek istiyorum
syn-not-title = Bunlar görüş değildir. Nereye başvuracağınızı görmek için dokunun:
syn-route-fault-title = Arıza bildirimi
syn-route-fault-text = Bir şey bozuk veya tehlikeli, örneğin bir sokak lambası, yolda bir çukur veya duvar yazısı.
    Doğru kişilerin onarabilmesi için arıza bildirimi yapın.
syn-route-proposal-title = Siyasetçilere öneri
syn-route-proposal-text = Siyasetçilerin belediyede yeni bir şeye karar vermesini istiyorsunuz. Bu bir görüş değildir.
    Belediyenin “Så kan du påverka” (nasıl etkide bulunabilirsiniz) sayfası siyasetçilere nasıl öneri vereceğinizi anlatır. Fikriniz belediyenin hizmetleriyle ilgiliyse bu bir görüştür: Öneri'yi seçin.
syn-route-damage-title = Tazminat
syn-route-damage-text = Belediyenin sorumlu olduğunu düşündüğünüz bir zarar için tazminat istiyorsunuz.
    Tazminat başvurusu yapın. Fişleri saklayın ve zararın fotoğraflarını çekin.
syn-route-appeal-title = Bir karara itiraz
syn-route-appeal-text = Belediyenin bir kararının yanlış olduğunu düşünüyorsunuz.
    Bir karara itiraz etmek görüş bildirmekle aynı şey değildir. İtirazların kendi kuralları ve süreleri vardır, çoğu zaman kararı aldığınız günden itibaren üç hafta. Nasıl yapacağınız kararda yazar.
syn-route-scan = Kodu telefonunuzun kamerasıyla tarayın veya şu adrese gidin:
syn-route-back = Görüşlere geri dön
syn-kind-title = Ne bildirmek istiyorsunuz?
syn-kind-complaint = Şikâyet
syn-kind-complaint-text = Bir şey olması gerektiği gibi çalışmadı
syn-kind-praise = Övgü
syn-kind-praise-text = Bir şey iyi çalıştı
syn-kind-suggestion = Öneri
syn-kind-suggestion-text = Bir şeyin nasıl daha iyi olabileceğine dair bir fikir
syn-area-title = Hangi hizmetle ilgili?
syn-area-school = Okul ve anaokulu
syn-area-social = Sosyal hizmetler ve bakım
syn-area-building = İnşaat ve konut
syn-area-streets = Sokaklar ve parklar
syn-area-culture = Kültür ve boş zaman
syn-area-center = Vatandaş merkezi
syn-area-other = Diğer
syn-topics-title = Ne hakkında?
syn-topics-hint = Bir veya daha fazlasını seçin.
syn-topic-treatment = Size nasıl davranıldığı
syn-topic-handling-time = İşlem süresi
syn-topic-accessibility = Erişilebilirlik
syn-topic-competence = Bilgi ve yetkinlik
syn-topic-other = Diğer
syn-selected = Seçildi: { $choice }
syn-next = İleri
syn-error-no-topic = En az birini seçin.
syn-message-title = Görüşünüzü yazın
syn-message-hint = Ne olduğunu, nerede ve ne zaman olduğunu anlatın.
syn-error-message-empty = Devam etmeden önce bir şey yazın.
syn-error-message-too-long = Metin çok uzun. En fazla 4000 karakter yazabilirsiniz.
syn-error-message-control = Metinde gönderilemeyen bir karakter var.
kb-chars-left = { $count ->
    [one] { $count } karakter kaldı
   *[other] { $count } karakter kaldı
}
kb-shift = Büyük harf
kb-backspace = Sil
kb-space = Boşluk
kb-clear = Temizle
kb-layout-swedish = ÅÄÖ
kb-layout-latin = ABC
kb-layout-turkish = ÇĞŞ
kb-layout-arabic = أبت
kb-layout-persian = پچژ
syn-contact-title = Yanıt istiyor musunuz?
syn-contact-with-title = İletişim bilgileriyle
syn-contact-answer = E-posta adresi veya telefon numarası verirseniz belediye size en geç { $date } tarihinde yanıt verir ya da işin nasıl ilerleyeceğini bildirir.
syn-contact-answer-soon = E-posta adresi veya telefon numarası verirseniz belediye size iki iş günü içinde yanıt verir ya da işin nasıl ilerleyeceğini bildirir.
syn-contact-anonymous-title = Anonim
syn-contact-anonymous = İletişim bilgisi vermezseniz yanıt almazsınız. Görüşünüzü yine de okur ve kullanırız.
syn-contact-public-title = Kamuya açık belge
syn-contact-public = Görüşünüz kamuya açık bir belge olur. Bu, başkalarının onu okumak için isteyebileceği anlamına gelir; verirseniz adınız ve iletişim bilgileriniz de buna dahildir. Örneğin sağlık gibi hassas bilgiler yazmayın.
syn-contact-with = Yanıt istiyorum
syn-contact-anonymous-button = Anonim gönder
syn-details-title = İletişim bilgileriniz
syn-details-hint = E-posta adresi veya telefon numarası ya da ikisini birden yazın. İsterseniz adınızı da yazabilirsiniz.
syn-field-name = Ad
syn-field-email = E-posta
syn-field-phone = Telefon
syn-field-name-hint = Adınız (isterseniz).
syn-field-email-hint = Örneğin ad@example.com
syn-field-phone-hint = Örneğin 070-123 45 67 veya + ve ülke kodu
syn-field-empty = Doldurulmadı
syn-field-write = Yazın: { $field }
syn-field-done = Tamam
syn-error-name = Ad çok uzun.
syn-error-email-at = E-posta adresinde bir @ olmalı, örneğin ad@example.com
syn-error-email-domain = @ işaretinden sonraki kısmı kontrol edin, örneğin example.com
syn-error-email-character = E-posta adresinde boşluk veya izin verilmeyen bir karakter var.
syn-error-email-too-long = E-posta adresi çok uzun.
syn-error-phone-too-short = Telefon numarasında çok az rakam var.
syn-error-phone-too-long = Telefon numarasında çok fazla rakam var.
syn-error-phone-character = Yalnızca rakam, boşluk ve başta + kullanın.
syn-error-phone-prefix = 0 ile (örneğin 070) veya + ve ülke koduyla başlayın.
syn-error-no-contact = Size yanıt verebilmemiz için e-posta adresi veya telefon numarası yazın. Ya da geri dönüp anonim göndermeyi seçin.
syn-review-title = Her şey doğru mu?
syn-review-hint = Okuyun. Göndermeden önce her şeyi değiştirebilirsiniz.
syn-review-kind = Tür
syn-review-area = Hizmet
syn-review-topics = Konu
syn-review-message = Metniniz
syn-review-contact = İletişim
syn-review-anonymous = Anonim, yanıt almazsınız
syn-review-line = { $label }: { $value }
syn-review-edit-kind = Türü değiştir
syn-review-edit-area = Hizmeti değiştir
syn-review-edit-topics = Konuları değiştir
syn-review-edit-message = Metni değiştir
syn-review-edit-contact = İletişimi değiştir
syn-send = Gönder
syn-sending = Gönderiliyor …
syn-receipt-title = Görüşünüz için teşekkürler!
syn-receipt-sorry = Kötü bir deneyim yaşadığınız için üzgünüz.
syn-receipt-queued = Kiosk şu anda belediyeye bağlanamıyor. Görüşünüz burada kaydedildi ve bağlantı geri gelir gelmez gönderilecek.
syn-receipt-next = Belediyenin iletişim merkezi görüşünüzü kaydeder. Hizmetten sorumlu kurul onu takip eder.
syn-receipt-answer = En geç { $date } tarihinde bir yanıt ya da işin nasıl ilerleyeceğine dair bilgi alırsınız.
syn-receipt-no-answer = İletişim bilgisi vermediniz, bu yüzden yanıt almayacaksınız. Görüşünüzü yine de okur ve kullanırız.
syn-receipt-unhappy = Yanıttan memnun değilseniz bizimle tekrar iletişime geçip hizmetin yöneticisinin konuya bakmasını isteyebilirsiniz. Referansınızı belirtin.
syn-receipt-reference = Referansınız:
syn-receipt-done = Tamam
syn-list-separator = { ", " }

# Area news, events, crisis information and the wall display (issue 7)
crisis-source = Kaynak: { $source }
crisis-banner-more = Mesajın tamamını okumak için buraya dokunun
crisis-more-messages = diğer mesajlar: { $count }
crisis-takeover-title = Önemli mesaj
crisis-ack = Mesajı okudum
crisis-close = Kapat
crisis-published = Yayınlandı: { $time }
crisis-not-in-language = Bu mesaj sizin dilinizde yok. Orijinal dilinde gösteriliyor.
crisis-exercise = Tatbikat, gerçek değil
crisis-test = Test, gerçek değil
tile-news = Haberler ve etkinlikler
tile-news-text = Bölgede neler oluyor
news-title = Haberler ve etkinlikler
news-heading = Haberler
events-heading = Yaklaşan etkinlikler
news-in-swedish = Sizin dilinizde haber yok. Haberler İsveççe gösteriliyor.
news-none = Şu anda haber yok.
events-none = Şu anda yaklaşan etkinlik yok.
news-stale = { $source } bilgileri en son { $time } alındı.
display-now-serving = Şimdi sırada
display-ticket = Numara
display-counter = Gidilecek yer
display-no-one = Şu anda kimse çağrılmıyor.
display-hours-today = Bugünkü açılış saatleri
crisis-listen = Mesajı dinle

## Search on the on-screen keyboard, and spoken keys (search-open311)
speech-key-switch = Klavyeyi değiştir
search-button = Ara
search-title = Ara
search-hint = Bir kelime yazın, örneğin anaokulu, yapı ruhsatı veya pasaport.
search-contacts-hint = Bir ad veya konu yazın, örneğin Försäkringskassan veya vergi.
search-no-results = Hiçbir şey bulunamadı. Başka bir kelime deneyin.
search-kind-form = Form
search-kind-contact = İletişim

# --- staff mode and out of service (issue 8) ---
out-of-service-title = Bu kiosk şu anda kapalı
out-of-service-text = Lütfen danışmaya gidin. Size orada yardım edeceğiz.
staff-assist-marker = Personel yardım ediyor
staff-pin-title = Personel modu
staff-pin-hint = Personel PIN kodunu girin.
staff-pin-open = Aç
staff-pin-wrong = Yanlış PIN. Kalan deneme: { $left }
staff-pin-locked = Çok fazla yanlış deneme. Personel modu kilitli; yeniden açılma saati: { $time }.
staff-pin-not-set = Bu kioskun personel PIN kodu yok. BT bunu hash-pin komutuyla ekler.
staff-cancel = İptal
staff-title = Personel modu
staff-auto-leave = Personel modu 2 dakika dokunulmazsa kendiliğinden kapanır.
staff-leave = Personel modundan çık
staff-api = Belediyenin sistemi (merkezi API)
staff-api-none = Belediyenin sistemiyle bağlantı yok: sıra numaraları ve geri bildirimler kapalı.
staff-last-success = Son bağlantı: { $time }
staff-last-error = Son hata: { $error }
staff-never = hiç
staff-no-error = hata yok
staff-error-network = ağ bağlantısı yok
staff-error-timeout = zamanında yanıt vermiyor
staff-error-server = sunucuda hata
staff-error-rate-limited = çok fazla istek, sunucu kioskun beklemesini istiyor
staff-error-auth = anahtar (token) çalışmıyor
staff-error-rejected = sunucu bilgileri kabul etmedi
staff-error-protocol = sunucudan beklenmeyen yanıt
staff-error-local = kioskta hata (ayarlar veya depolama)
staff-outbox = Gönderilmeyi bekleyen geri bildirimler
staff-outbox-pending = Bekleyen: { $count }
staff-outbox-oldest = En eskisi { $minutes } dakikadır bekliyor.
staff-retry-now = Şimdi göndermeyi dene
staff-retry-started = Kiosk şimdi göndermeyi deniyor.
staff-content = İçerik (e-hizmetler, formlar, iletişim bilgileri)
staff-content-version = Sürüm: { $version }
staff-content-reload = İçeriği yeniden yükle
staff-content-reloaded = İçerik yüklendi.
staff-content-kept = İçerikte hatalar var. Kiosk hâlâ önceki içeriği gösteriyor.
staff-feeds = Haberler ve kriz mesajları
staff-feeds-none = Hiç haber kaynağı ayarlanmamış.
staff-speech = Sesli okuma
staff-speech-engine = Konuşma motoru: { $engine }
staff-speech-none = Konuşma motoru yok. BT espeak-ng paketini kurar.
staff-headphones = Kulaklık modu
staff-headphones-same = Kulaklık modunun kendi çıkışı yok: aynı hoparlör, daha düşük ses.
staff-on = açık
staff-off = kapalı
staff-toggle = { $name }: { $state }
staff-pause = Kiosku duraklat
staff-resume = Kiosku yeniden aç
staff-assist = Yardım modu
staff-counts = Bugün
staff-counts-tickets = Sıra numaraları
staff-counts-synpunkter = Geri bildirimler
staff-counts-languages = Seçilen diller
staff-counts-none = henüz yok

# Feed errors in the staff panel
staff-feed-error-http = sunucu bir hatayla yanıt verdi
staff-feed-error-too-large = akış sınırdan büyük
staff-feed-error-not-a-feed = adres bir akış değil, bir web sayfası veriyor
staff-feed-error-malformed = akış okunamıyor
staff-error-clock-skew = kioskun saati sunucunun saatinden ileride
staff-api-demo = Tanıtım modu: kioskun yerleşik sunucusu kullanılıyor. Görüşler bu kioskta kalır ve yanıt tarihi sözü verilmez.
staff-outbox-refused = Sunucunun reddettikleri: { $count } (BT için saklanıyor)
staff-outbox-refused-oldest = En eskisi { $days } gün önce reddedildi.
staff-outbox-refused-reason = Neden: { $reason }
staff-refused-field-message = mesaj
staff-refused-field-email = e-posta adresi
staff-refused-field-phone = telefon numarası
staff-refused-field-name = ad
staff-refused-field-other = görüşün bir bilgisi
staff-refused-fields = kabul edilmedi: { $fields }
staff-refused-no-reason = sunucu bir neden belirtmedi
staff-refused-it = BT bunları şu komutla görür ve yeniden gönderir: medborgarkiosk outbox list
staff-clock = Saat
staff-clock-ntp-yes = Saat eşitleniyor (NTP).
staff-clock-ntp-no = Saat eşitlenmiyor (NTP). BT saat ayarlarını kontrol eder.
staff-clock-ntp-unknown = Saatin eşitlenip eşitlenmediği bilinmiyor.
staff-clock-skew = Sunucunun saatiyle fark: { $seconds } sn
staff-clock-skew-unknown = Sunucunun saatiyle fark: henüz ölçülmedi
staff-pin-locked-reset = Çok fazla yanlış deneme. Personel modu BT sıfırlayana kadar kilitli (ayarlarda yeni PIN).

# Wall display polish: counters by name, next opening
display-counter-name = Gişe { $counter }
display-closed-opens = Şu an kapalı. Açılış: { $day }, saat { $time }.
display-opens = Açılış: { $day }, saat { $time }.
# A call said aloud on the wall display (issue 21): $number spelled, $counter as on the desk
display-call = Numara { $number }, gişe { $counter }

## Keys and speech without sight (issue 18)
focus-text-size = Yazı boyutu { $step }
focus-button = düğme
focus-selected = seçili
focus-not-selected = seçili değil
focus-key = tuş
focus-position = { $count } içinden { $position }
focus-choices = Seçenek sayısı: { $count }
keys-help = Buradasınız: { $title }. Tab veya ok tuşları seçenekler arasında gezdirir. Enter seçer. Escape bir adım geri gider. Home baştan başlatır. Artı ve eksi sesi değiştirir. F5 yeniden okur. F1 bu yardımı okur.
text-entered = Yazılan karakter sayısı: { $count }
text-char-entered = Karakter girildi
syn-contact-demo = Bu bir tanıtımdır: geri bildirimler belediyeye gönderilmez ve kimse yanıt vermez.
focus-text-field = metin alanı

## Ofisteki dijital araçlar (issue 23)
tile-tools = Dijital araçlar
tile-tools-text = Bilgisayarlar, yazdırma, wifi ve başlamak için yardım
tools-title = Buradaki dijital araçlar
tools-intro = Bunlar burada, ofiste sizin için var. Personel size nasıl yapılacağını gösterir.
tools-skills = Dijital becerileri öğrenin
tools-skills-text = E-posta, BankID, dijital posta kutusu ve dolandırıcılardan korunma
tools-drop-in = Drop-in: randevusuz dijital yardım
tools-drop-in-day = { $weekday }: { $hours }
tools-wifi-network = Ağın adı
tools-wifi-hidden = Ağ listede görünmüyor. Kodu tarayın veya adı kendiniz yazın.
tools-wifi-open = Ağ açık. Şifreye ihtiyacınız yok.
tools-wifi-password = Şifre
tools-wifi-show-password = Şifreyi göster
tools-wifi-hide-password = Şifreyi gizle
tools-wifi-password-not-read = Şifre ekranda gösterilir. Hoparlörden sesli okunmaz.
tools-wifi-qr = Telefonunuzla bağlanın
tools-wifi-scan = Telefonunuzun kamerasını koda tutun. Telefonunuz ağa bağlanır.
search-kind-tool = Burada, ofiste
guide-related = Ayrıca okuyun
ticket-topic = Yardım konusu: { $topic }

## Ofiste sıra: gişe sayfası ve telefonda sıra (issue 21)
counter-page-title = Gişe – sıra
counter-sign-in-title = Gişede oturum açın
counter-sign-in-text = Gişe anahtarını yazın. Anahtarı sistemi yöneten kişiden alırsınız.
counter-token-label = Gişe anahtarı
counter-sign-in = Oturum aç
counter-sign-in-failed = Bu anahtar hiçbir gişe için geçerli değil. Tekrar deneyin.
counter-sign-in-locked = Çok fazla deneme. Bir dakika bekleyip tekrar deneyin.
counter-sign-out = Oturumu kapat
counter-heading = Gişe { $counter } – { $office }
counter-other-language = English
counter-current = Şu an sizde
counter-none-current = Şu anda çağrılan kimse yok.
counter-call-next = Sıradakini çağır
counter-call-again = Tekrar çağır
counter-done = Tamamlandı
counter-no-show = Gelmedi
counter-transfer = Başka bir hizmete gönder
counter-transfer-to = Hizmet
counter-transfer-button = Gönder
counter-services = Bu gişenin hizmetleri
counter-services-save = Kaydet
counter-waiting = Bekleyenler: { $service }
counter-nobody-waiting = Bekleyen kimse yok.
counter-col-number = Numara
counter-col-waited = Bekleme süresi
counter-col-language = Dil
counter-col-needs = İhtiyaçlar
counter-col-topic = Konu
counter-minutes = { $minutes } dk
counter-interpreter = Tercüman: { $language }
counter-called-at = Çağrıldı: { $time }
counter-issued-at = Numara aldı: { $time }
counter-nobody-to-call = Bu gişenin hizmetleri için bekleyen kimse yok.
counter-choose-services = Bu gişe için en az bir hizmet seçin.
counter-stale = Sayfa güncel değildi: hiçbir işlem yapılmadı. Güncel durum aşağıda.
counter-skip = Sıraya atla
follow-page-title = Sıra numaranız
follow-number = Numaranız
follow-ahead = { $count ->
    [0] Sıradaki sizsiniz.
    [one] Önünüzde { $count } kişi var.
   *[other] Önünüzde { $count } kişi var.
}
follow-your-turn = Sıra sizde
follow-go-to = { $counter } numaralı gişeye gidin
follow-finished = Ziyaretiniz tamamlandı. Teşekkürler!
follow-no-show = Numaranız çağrıldı ama gelmediniz. Gerekirse yeni bir sıra numarası alın.
follow-refresh = Bu sayfa kendiliğinden güncellenir.
follow-gone-title = Bu sıra numarası artık geçerli değil
follow-gone-text = Bağlantı eski ya da hatalı. Ofisteki ekrandan yeni bir sıra numarası alın.

## The statistics report (issue 22), read by the organisation
report-title = İstatistik: { $office }
report-period = Dönem: { $from } – { $to }
report-generated = { $time } tarihinde kiosklerin anonim sayımlarından, sıra fişlerinden ve geri bildirimlerden hazırlandı.
report-small-numbers = 3'ten küçük sayılar kimsenin tanınmaması için “< 3” olarak gösterilir. Oranlar ve medyanlar yalnızca taban en az 3 olduğunda gösterilir.
report-visits = Haftanın gününe ve saate göre ziyaretler
report-visits-note = Ekranda başlatılan ziyaretler, İsveç saati. Daha koyu kare: daha çok ziyaret.
report-hour = Saat
report-day-mon = Pzt
report-day-tue = Sal
report-day-wed = Çar
report-day-thu = Per
report-day-fri = Cum
report-day-sat = Cmt
report-day-sun = Paz
report-languages = Diller
report-entries = Ziyaretçilerin ilk seçtiği
report-count = Sayı
report-waits = Hizmete göre bekleme süreleri
report-wait-axis = Dakika olarak bekleme süresi
report-service-tickets = Sıra fişleri: { $tickets }. Çağrılan: { $called }. Gelmeyen: { $noshows }.
report-median-wait = Medyan bekleme
report-median-handling = Gişede medyan süre
report-within-target = Hedef içinde çağrılan ({ $target } dk)
report-minutes = { $minutes } dk
report-percent = %{ $percent }
report-hidden = gösterilmez (3'ten az)
report-guides = En çok kullanılan on rehber
report-guides-help = Ziyaretçilerin personelden yardım istediği rehberler
report-flows = Ziyaretçilerin nerede vazgeçtiği
report-flow = { $flow }: { $started } başlatıldı, { $completed } tamamlandı
report-left-axis = Bu adımda ayrıldı
report-searches = Aramalar: { $made }. Sonuçsuz: { $empty }.
report-synpunkter = Alana ve türe göre geri bildirimler
report-promise = Söz: iki iş günü içinde yanıt veya geri dönüş
report-promise-note = Dönem içinde gelen, iletişim bilgisi olan geri bildirimler ve kaçının yanıt tarihine kadar yanıt veya geri dönüş aldığı.
report-percent-axis = Zamanında oranı (%)
report-col-area = Alan
report-col-with-contact = İletişim bilgisiyle
report-col-kept = Zamanında
report-col-percent = Zamanında oranı
report-col-name = Ne
report-other = Diğer: erişilebilirlik, zaman aşımları, kriz bilgisi
report-nothing = Bu dönemde bir şey yok.
