language-name = العربية

## البداية
welcome = أهلاً وسهلاً
start-touch-language = المس لغتك للبدء
start-open-today = مفتوح اليوم { $hours }
start-closed-today = مغلق اليوم

## الصفحة الرئيسية
home-title = ماذا تريد أن تفعل؟
home-desk-hint = يمكنك دائماً أن تسأل الموظفين في مكتب الاستقبال.

## أوقات العمل
tile-hours = أوقات العمل
tile-hours-text = متى نكون مفتوحين في الأيام السبعة القادمة
hours-title = أوقات العمل
hours-closed = مغلق
hours-changed = أوقات عمل مختلفة
hours-today-date = اليوم، { $date }
hours-day-line = { $day }: { $hours }

## التواريخ
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-long = { $weekday } { $day } { $month }

## الشريط في كل شاشة
bar-language = اللغة
bar-text-size = حجم النص
bar-contrast = تباين عالٍ
bar-start-over = ابدأ من جديد
bar-back = رجوع
text-size-sample = أ
language-picker-title = اختر لغتك

## هل ما زلت هنا؟
idle-title = هل ما زلت هنا؟
idle-countdown = { $seconds ->
    [zero] ستبدأ الشاشة من جديد الآن وسيُحذف كل ما اخترته وكتبته.
    [one] بعد ثانية واحدة ستبدأ الشاشة من جديد وسيُحذف كل ما اخترته وكتبته.
    [two] بعد ثانيتين ستبدأ الشاشة من جديد وسيُحذف كل ما اخترته وكتبته.
    [few] بعد { $seconds } ثوانٍ ستبدأ الشاشة من جديد وسيُحذف كل ما اخترته وكتبته.
    [many] بعد { $seconds } ثانية ستبدأ الشاشة من جديد وسيُحذف كل ما اخترته وكتبته.
   *[other] بعد { $seconds } ثانية ستبدأ الشاشة من جديد وسيُحذف كل ما اخترته وكتبته.
}
idle-yes = نعم، أنا هنا

## Printed ticket
print-your-number = رقمك
print-position = مكانك في الدور: { $position }
print-wait = مدة الانتظار المتوقعة بالدقائق: حوالي { $minutes }
print-called = يُرجى الانتظار حتى يظهر رقمك على الشاشة.
print-follow = تابع الدور على هاتفك
print-issued = صدرت في { $time }
print-sample-service = إرشاد عام
