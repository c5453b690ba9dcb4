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
queue-closed-opens-today = Kapalı. Bugün saat { $time }'de açılır
queue-closed-opens-on = Kapalı. { $weekday } saat { $time }'de açılır
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
queue-need-hearing-loop = İşitme döngüsü
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
