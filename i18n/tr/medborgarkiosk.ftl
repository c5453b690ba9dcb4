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

## Hâlâ orada mısınız?
idle-title = Hâlâ orada mısınız?
idle-countdown = { $seconds ->
    [one] { $seconds } saniye sonra ekran baştan başlar ve seçtiğiniz ve yazdığınız her şey silinir.
   *[other] { $seconds } saniye sonra ekran baştan başlar ve seçtiğiniz ve yazdığınız her şey silinir.
}
idle-yes = Evet, buradayım

## Printed ticket
print-your-number = Numaranız
print-position = Sıradaki yeriniz: { $position }
print-wait = Tahmini bekleme süresi: yaklaşık { $minutes } dk
print-called = Lütfen numaranız ekranda görünene kadar bekleyin.
print-follow = Sırayı telefonunuzdan takip edin
print-issued = Verilme zamanı: { $time }
print-sample-service = Genel rehberlik
