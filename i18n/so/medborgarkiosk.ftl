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

## Weli ma joogtaa?
idle-title = Weli ma joogtaa?
idle-countdown = { $seconds ->
    [one] { $seconds } ilbiriqsi kadib shaashaddu dib ayay u bilaabanaysaa, wax kasta oo aad dooratay oo aad qortayna waa la tirtirayaa.
   *[other] { $seconds } ilbiriqsi kadib shaashaddu dib ayay u bilaabanaysaa, wax kasta oo aad dooratay oo aad qortayna waa la tirtirayaa.
}
idle-yes = Haa, waan joogaa

## Printed ticket
print-your-number = Lambarkaaga
print-position = Kaalintaada safka: { $position }
print-wait = Waqtiga sugitaanka la filayo: qiyaastii { $minutes } daqiiqo
print-called = Fadlan sug ilaa lambarkaagu ka soo muuqdo shaashadda.
print-follow = Safka kala soco taleefankaaga
print-issued = La bixiyay { $time }
print-sample-service = Hagitaan guud
