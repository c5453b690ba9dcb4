language-name = Suomi

## Aloitus
welcome = Tervetuloa
start-touch-language = Aloita koskettamalla kieltäsi
start-open-today = Avoinna tänään { $hours }
start-closed-today = Suljettu tänään

## Koti
home-title = Mitä haluat tehdä?
home-desk-hint = Voit aina kysyä neuvontapisteen henkilökunnalta.

## Aukioloajat
tile-hours = Aukioloajat
tile-hours-text = Milloin olemme auki seuraavien seitsemän päivän aikana
hours-title = Aukioloajat
hours-closed = Suljettu
hours-changed = Poikkeavat aukioloajat
hours-today-date = Tänään, { $date }
hours-day-line = { $day }: { $hours }

## Päivämäärät
weekday-1 = maanantai
weekday-2 = tiistai
weekday-3 = keskiviikko
weekday-4 = torstai
weekday-5 = perjantai
weekday-6 = lauantai
weekday-7 = sunnuntai
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta
date-long = { $weekday } { $day }. { $month }

## Jokaisen näytön painikerivi
bar-language = Kieli
bar-text-size = Tekstin koko
bar-contrast = Suuri kontrasti
bar-start-over = Aloita alusta
bar-back = Takaisin
text-size-sample = A
language-picker-title = Valitse kieli

## Oletko vielä siinä?
idle-title = Oletko vielä siinä?
idle-countdown = { $seconds ->
    [one] { $seconds } sekunnin kuluttua näyttö aloittaa alusta ja kaikki valitsemasi ja kirjoittamasi poistetaan.
   *[other] { $seconds } sekunnin kuluttua näyttö aloittaa alusta ja kaikki valitsemasi ja kirjoittamasi poistetaan.
}
idle-yes = Kyllä, olen täällä

## Printed ticket
print-your-number = Numerosi
print-position = Paikkasi jonossa: { $position }
print-wait = Arvioitu odotusaika: noin { $minutes } min
print-called = Odota, kunnes numerosi näkyy näytöllä.
print-follow = Seuraa jonoa puhelimellasi
print-issued = Tulostettu { $time }
print-sample-service = Yleinen neuvonta
