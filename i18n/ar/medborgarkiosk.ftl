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

## تذكرة الدور
tile-queue = تذكرة الدور
tile-queue-text = خذ تذكرة دور واعرف كم ستنتظر
queue-title = تذكرة الدور
queue-loading = جارٍ جلب قوائم الانتظار …
queue-choose = اختر موضوع زيارتك.
queue-group-desk = مساعدة في مكتب الاستقبال
queue-group-specialist = يتولاها مختصون
queue-people-waiting = { $count ->
    [zero] لا أحد ينتظر
    [one] شخص واحد ينتظر
    [two] شخصان ينتظران
    [few] { $count } أشخاص ينتظرون
    [many] { $count } شخصاً ينتظرون
   *[other] { $count } شخص ينتظرون
}
queue-wait-none = لا يوجد وقت انتظار
queue-wait-under-five = انتظار أقل من 5 دقائق
queue-wait-about = { $minutes ->
    [few] انتظار حوالي { $minutes } دقائق
   *[other] انتظار حوالي { $minutes } دقيقة
}
queue-closed = مغلق الآن
queue-closed-opens-today = مغلق. يفتح اليوم الساعة { $time }
queue-closed-opens-on = مغلق. يفتح يوم { $weekday } الساعة { $time }
queue-specialist-text = يتولى هذه المسألة موظف مختص، وليس مكتب الاستقبال. المختص هو من يتخذ القرار.
queue-specialist-desk = يمكن لموظفي الاستقبال مساعدتك على البدء: ما تحتاجه، أو الاستمارة الصحيحة، أو حجز موعد.
queue-specialist-take-ticket = خذ تذكرة دور لمكتب الاستقبال
queue-needs-title = هل تحتاج إلى شيء خاص؟
queue-needs-help-with = ستحصل على مساعدة للبدء في: { $errand }
queue-needs-optional = يمكنك تخطي هذا.
queue-interpreter-question = هل تحتاج إلى مترجم؟
queue-interpreter-none = لا أحتاج إلى مترجم
queue-interpreter-want = نعم، أحتاج إلى مترجم
queue-interpreter-which = مترجم لأي لغة؟
queue-accessibility-question = هل تحتاج إلى مساعدة أخرى؟
queue-need-wheelchair = أستخدم كرسياً متحركاً
queue-need-hearing-loop = حلقة سمعية
queue-need-low-vision = نظري ضعيف
queue-need-quiet = غرفة هادئة
queue-need-other = شيء آخر
queue-get-ticket = خذ التذكرة
queue-issuing = جارٍ الحصول على رقمك …
queue-your-number = رقمك
queue-position = مكانك في الدور: { $position }
queue-where-to-wait = تفضل بالجلوس في منطقة الانتظار. يظهر رقمك على الشاشات ويُنادى عليه عندما يحين دورك.
queue-follow-on-phone = تابع الدور على هاتفك: امسح الرمز.
queue-printing = جارٍ طباعة التذكرة …
queue-printed = خذ التذكرة من الطابعة.
queue-print-failed = تعذرت طباعة التذكرة. تذكّر رقمك.
queue-done = تم
queue-unreachable-title = لا يمكن الوصول إلى نظام الدور الآن
queue-unreachable-text = لا يمكن أخذ تذكرة دور هنا الآن. اذهب إلى مكتب الاستقبال وسيساعدك الموظفون.
queue-refused-title = تعذر أخذ تذكرة دور
queue-refused-text = لم يقبل نظام الدور الطلب. اذهب إلى مكتب الاستقبال وسيساعدك الموظفون.
queue-retry = حاول مرة أخرى

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
bar-listen = استمع
bar-listen-stop = أوقف القراءة
speech-repeat = اقرأ مرة أخرى
speech-louder = أعلى
speech-quieter = أخفض

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

## شيء آخر؟ (نهاية الزيارة)
finish-title = هل تريد أن تفعل شيئًا آخر؟
finish-ends = { $seconds ->
    [zero] وإلا ستبدأ الشاشة من جديد للزائر التالي الآن.
    [one] وإلا ستبدأ الشاشة من جديد للزائر التالي بعد ثانية واحدة.
    [two] وإلا ستبدأ الشاشة من جديد للزائر التالي بعد ثانيتين.
    [few] وإلا ستبدأ الشاشة من جديد للزائر التالي بعد { $seconds } ثوانٍ.
    [many] وإلا ستبدأ الشاشة من جديد للزائر التالي بعد { $seconds } ثانية.
   *[other] وإلا ستبدأ الشاشة من جديد للزائر التالي بعد { $seconds } ثانية.
}
finish-more = نعم، شيء آخر
finish-done = لا، انتهيت
more-below = المزيد في الأسفل

## E-services, forms and contacts
tile-guides = الخدمات الإلكترونية والاستمارات
tile-guides-text = خطوة بخطوة: قدّم الطلب عبر الإنترنت أو على الورق
tile-contacts = جهات الاتصال
tile-contacts-text = الهاتف والعنوان وساعات العمل للبلدية والجهات الحكومية
guides-title = الخدمات الإلكترونية والاستمارات
guides-choose-category = اختر موضوعًا.
guides-choose-guide = اختر ما تريد أن تفعله.
guides-in-swedish = هذا النص غير متوفر بلغتك بعد. يُعرض باللغة السويدية.
guide-provider = الجهة المسؤولة: { $provider }
guide-who = من يمكنه التقديم؟
guide-need = ما تحتاج إليه
guide-steps = هكذا تفعل
guide-time = كم من الوقت يستغرق
guide-help = أين تحصل على مساعدة شخصية
guide-continue-on-phone = تابع على هاتفك
guide-scan-text = وجّه كاميرا هاتفك نحو الرمز. تُفتح الخدمة الإلكترونية.
guide-help-from-staff = أريد مساعدة من الموظفين
forms-title = استمارات ورقية
forms-tile-text = استمارات تحصل عليها من مكتب الاستقبال
forms-intro = اطلب هذه الاستمارات من مكتب الاستقبال.
forms-hand-in = أين تسلّم الاستمارة:
contacts-title = جهات الاتصال
contacts-choose = اختر الجهة التي تريد التواصل معها.
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-address = العنوان
contact-web = الموقع الإلكتروني
contact-hours = ساعات العمل
contact-call-on-phone = اتصل من هاتفك
contact-scan-text = وجّه كاميرا هاتفك نحو الرمز. بعدها يمكنك الاتصال مباشرة.
provider-municipality = بلدية بوتشيركا
provider-forsakringskassan = صندوق التأمينات الاجتماعية (Försäkringskassan)
provider-csn = هيئة الدعم الدراسي (CSN)
provider-migrationsverket = مصلحة الهجرة (Migrationsverket)
provider-skatteverket = مصلحة الضرائب (Skatteverket)
provider-arbetsformedlingen = مكتب العمل (Arbetsförmedlingen)
provider-a-kassa = صندوق البطالة (A-kassa)
provider-konsumentverket = هيئة حماية المستهلك (Konsumentverket)
provider-region = منطقة ستوكهولم للرعاية الصحية (Region Stockholm)
provider-bank = بنكك
provider-polisen = الشرطة (Polisen)
provider-pensionsmyndigheten = هيئة التقاعد (Pensionsmyndigheten)
provider-transportstyrelsen = هيئة النقل (Transportstyrelsen)
provider-other = جهة أخرى
need-bankid = الهوية البنكية BankID
need-personnummer = الرقم الشخصي
need-id-document = وثيقة هوية
need-documents = أوراق وشهادات
need-email = بريد إلكتروني
need-photo = صورة شخصية
need-fee = رسوم

## Speech
speech-digit-entered = تم إدخال رقم
speech-key-space = مسافة
speech-key-backspace = حذف
speech-not-available = القراءة الصوتية غير متوفرة بهذه اللغة.
speech-offer = يمكنك الاستماع بإحدى هذه اللغات:
speech-time-range = من { $opens } إلى { $closes }

## Printed ticket
print-your-number = رقمك
print-position = مكانك في الدور: { $position }
print-wait = مدة الانتظار المتوقعة بالدقائق: حوالي { $minutes }
print-called = يُرجى الانتظار حتى يظهر رقمك على الشاشة.
print-follow = تابع الدور على هاتفك
print-issued = صدرت في { $time }
print-sample-service = إرشاد عام
## الملاحظات (synpunkt)
tile-synpunkt = قدّم ملاحظة
tile-synpunkt-text = شكوى أو ثناء أو اقتراح عن خدمات البلدية
syn-intro-title = قدّم ملاحظة
syn-intro-what = الملاحظة هي شكوى أو ثناء أو اقتراح عن خدمات البلدية. يمكن أن تكون عن طريقة معاملتك، أو عن الوقت الذي استغرقه شيء ما، أو عن سهولة الوصول، أو عن المعرفة والكفاءة.
syn-intro-use = نقرأ كل الملاحظات ونستخدمها لنصبح أفضل.
syn-intro-continue = نعم، أريد أن أقدّم ملاحظة
syn-not-title = هذه ليست ملاحظات. المس لترى إلى أين تتوجه:
syn-route-fault-title = الإبلاغ عن عطل
syn-route-fault-text = شيء مكسور أو خطير، مثل مصباح شارع أو حفرة في الطريق أو كتابة على الجدران.
    أبلغ عن العطل حتى يصلحه الأشخاص المسؤولون.
syn-route-proposal-title = اقتراح إلى السياسيين
syn-route-proposal-text = تريد أن يقرر السياسيون شيئاً جديداً في البلدية. هذا ليس ملاحظة.
    صفحة البلدية «Så kan du påverka» (كيف يمكنك التأثير) تشرح كيف تقدّم اقتراحاً إلى السياسيين. إذا كانت فكرتك عن خدمات البلدية فهي ملاحظة: اختر اقتراح.
syn-route-damage-title = التعويض عن ضرر
syn-route-damage-text = تريد تعويضاً عن ضرر تعتقد أن البلدية مسؤولة عنه.
    قدّم طلب تعويض. احتفظ بالإيصالات والتقط صوراً للضرر.
syn-route-appeal-title = الطعن في قرار
syn-route-appeal-text = ترى أن قراراً من البلدية خاطئ.
    الطعن في قرار ليس مثل تقديم ملاحظة. للطعون قواعد ومواعيد خاصة بها، غالباً ثلاثة أسابيع من اليوم الذي استلمت فيه القرار. مكتوب في القرار كيف تفعل ذلك.
syn-route-scan = امسح الرمز بكاميرا هاتفك، أو اذهب إلى:
syn-route-back = رجوع إلى الملاحظات
syn-kind-title = ماذا تريد أن تقدّم؟
syn-kind-complaint = شكوى
syn-kind-complaint-text = شيء لم يعمل كما يجب
syn-kind-praise = ثناء
syn-kind-praise-text = شيء عمل بشكل جيد
syn-kind-suggestion = اقتراح
syn-kind-suggestion-text = فكرة عن كيف يمكن أن يصبح شيء ما أفضل
syn-area-title = أي خدمة يخص الأمر؟
syn-area-school = المدرسة وما قبل المدرسة
syn-area-social = الخدمات الاجتماعية والرعاية
syn-area-building = البناء والسكن
syn-area-streets = الشوارع والحدائق
syn-area-culture = الثقافة والترفيه
syn-area-center = مركز خدمة المواطنين
syn-area-other = غير ذلك
syn-topics-title = عن ماذا؟
syn-topics-hint = اختر واحداً أو أكثر.
syn-topic-treatment = طريقة المعاملة
syn-topic-handling-time = مدة المعالجة
syn-topic-accessibility = سهولة الوصول
syn-topic-competence = المعرفة والكفاءة
syn-topic-other = غير ذلك
syn-selected = تم اختيار: { $choice }
syn-next = التالي
syn-error-no-topic = اختر واحداً على الأقل.
syn-message-title = اكتب ملاحظتك
syn-message-hint = أخبرنا ماذا حدث، وأين، ومتى.
syn-error-message-empty = اكتب شيئاً قبل أن تتابع.
syn-error-message-too-long = النص طويل جداً. يمكنك أن تكتب 4000 حرف على الأكثر.
syn-error-message-control = في النص رمز لا يمكن إرساله.
kb-chars-left = { $count ->
    [zero] لم يبقَ أي حرف
    [one] بقي حرف واحد
    [two] بقي حرفان
    [few] بقيت { $count } أحرف
    [many] بقي { $count } حرفًا
   *[other] بقي { $count } حرف
}
kb-shift = الحروف الأخرى
kb-backspace = حذف
kb-space = مسافة
kb-clear = مسح الكل
kb-layout-swedish = ÅÄÖ
kb-layout-latin = ABC
kb-layout-turkish = ÇĞŞ
kb-layout-arabic = أبت
kb-layout-persian = پچژ
syn-contact-title = هل تريد رداً؟
syn-contact-with-title = مع معلومات الاتصال
syn-contact-answer = إذا كتبت بريدك الإلكتروني أو رقم هاتفك، تردّ عليك البلدية، أو تخبرك كيف ستتابع الأمر، في موعد أقصاه { $date }.
syn-contact-answer-soon = إذا كتبت بريدك الإلكتروني أو رقم هاتفك، تردّ عليك البلدية، أو تخبرك كيف ستتابع الأمر، خلال يومَي عمل.
syn-contact-anonymous-title = بدون اسم
syn-contact-anonymous = بدون معلومات اتصال لن تحصل على رد. لكننا نقرأ ملاحظتك ونستخدمها.
syn-contact-public-title = وثيقة عامة
syn-contact-public = تصبح الملاحظة وثيقة عامة. هذا يعني أن الآخرين يمكنهم أن يطلبوا قراءتها، بما في ذلك اسمك ومعلومات الاتصال بك إذا كتبتها. لا تكتب معلومات حساسة، مثلاً عن الصحة.
syn-contact-with = أريد رداً
syn-contact-anonymous-button = أرسل بدون اسم
syn-details-title = معلومات الاتصال بك
syn-details-hint = اكتب بريدك الإلكتروني أو رقم هاتفك أو الاثنين. يمكنك أن تكتب اسمك إذا أردت.
syn-field-name = الاسم
syn-field-email = البريد الإلكتروني
syn-field-phone = الهاتف
syn-field-name-hint = اسمك (إذا أردت).
syn-field-email-hint = مثلاً name@example.com
syn-field-phone-hint = مثلاً 070-123 45 67، أو + ورمز البلد
syn-field-empty = لم يُكتب شيء
syn-field-write = اكتب: { $field }
syn-field-done = تم
syn-error-name = الاسم طويل جداً.
syn-error-email-at = يجب أن يكون في عنوان البريد الإلكتروني علامة @، مثلاً name@example.com
syn-error-email-domain = تحقق من الجزء بعد @، مثلاً example.com
syn-error-email-character = في عنوان البريد الإلكتروني مسافة أو رمز غير مسموح.
syn-error-email-too-long = عنوان البريد الإلكتروني طويل جداً.
syn-error-phone-too-short = في رقم الهاتف أرقام قليلة جداً.
syn-error-phone-too-long = في رقم الهاتف أرقام كثيرة جداً.
syn-error-phone-character = استخدم الأرقام والمسافات فقط، و+ في البداية.
syn-error-phone-prefix = ابدأ بـ 0 (مثلاً 070) أو بـ + ورمز البلد.
syn-error-no-contact = اكتب بريدك الإلكتروني أو رقم هاتفك لكي نستطيع الرد عليك. أو ارجع واختر الإرسال بدون اسم.
syn-review-title = هل كل شيء صحيح؟
syn-review-hint = اقرأ كل شيء. يمكنك تغيير أي شيء قبل الإرسال.
syn-review-kind = النوع
syn-review-area = الخدمة
syn-review-topics = الموضوع
syn-review-message = نصّك
syn-review-contact = الاتصال
syn-review-anonymous = بدون اسم، لن تحصل على رد
syn-review-line = { $label }: { $value }
syn-review-edit-kind = غيّر النوع
syn-review-edit-area = غيّر الخدمة
syn-review-edit-topics = غيّر المواضيع
syn-review-edit-message = غيّر النص
syn-review-edit-contact = غيّر الاتصال
syn-send = أرسل
syn-sending = جارٍ الإرسال …
syn-receipt-title = شكراً على ملاحظتك!
syn-receipt-sorry = نأسف لأنك مررت بتجربة سيئة.
syn-receipt-queued = لا يوجد اتصال بين الكشك والبلدية الآن. ملاحظتك محفوظة هنا وسترسل فور عودة الاتصال.
syn-receipt-next = يسجّل مركز الاتصال في البلدية ملاحظتك. وتتابعها اللجنة المسؤولة عن الخدمة.
syn-receipt-answer = ستحصل على رد، أو على خبر بكيفية متابعة الأمر، في موعد أقصاه { $date }.
syn-receipt-no-answer = لم تكتب معلومات اتصال، لذلك لن تحصل على رد. لكننا نقرأ ملاحظتك ونستخدمها.
syn-receipt-unhappy = إذا لم تكن راضياً عن الرد، يمكنك التواصل معنا مرة أخرى وطلب أن ينظر مدير الخدمة في الأمر. اذكر رقمك المرجعي.
syn-receipt-reference = رقمك المرجعي:
syn-receipt-done = تم
syn-list-separator = { "، " }

# Area news, events, crisis information and the wall display (issue 7)
crisis-source = المصدر: { $source }
crisis-banner-more = المس هنا لقراءة الرسالة كاملة
crisis-more-messages = رسائل أخرى: { $count }
crisis-takeover-title = رسالة مهمة
crisis-ack = قرأت الرسالة
crisis-close = إغلاق
crisis-published = نُشرت { $time }
crisis-not-in-language = هذه الرسالة غير متوفرة بلغتك. تظهر بلغتها الأصلية.
crisis-exercise = تمرين، ليس حقيقياً
crisis-test = اختبار، ليس حقيقياً
tile-news = أخبار وفعاليات
tile-news-text = ما يحدث في المنطقة
news-title = أخبار وفعاليات
news-heading = أخبار
events-heading = الفعاليات القادمة
news-in-swedish = لا توجد أخبار بلغتك. تظهر باللغة السويدية.
news-none = لا توجد أخبار الآن.
events-none = لا توجد فعاليات قادمة الآن.
news-stale = آخر مرة جُلبت فيها المعلومات من { $source } كانت { $time }.
display-now-serving = الدور الآن
display-ticket = الرقم
display-counter = اذهب إلى
display-no-one = لا أحد يُنادى عليه الآن.
display-hours-today = أوقات العمل اليوم
crisis-listen = استمع إلى الرسالة

## Search on the on-screen keyboard, and spoken keys (search-open311)
speech-key-switch = تغيير لوحة المفاتيح
search-button = بحث
search-title = بحث
search-hint = اكتب كلمة، مثلاً روضة أطفال أو رخصة بناء أو جواز سفر.
search-contacts-hint = اكتب اسماً أو موضوعاً، مثلاً Försäkringskassan أو الضرائب.
search-no-results = لم نجد شيئاً. جرّب كلمة أخرى.
search-kind-form = استمارة
search-kind-contact = جهة اتصال

# --- staff mode and out of service (issue 8) ---
out-of-service-title = هذا الكشك مغلق الآن
out-of-service-text = يُرجى التوجه إلى المكتب. سنساعدك هناك.
staff-assist-marker = الموظفون يساعدونك
staff-pin-title = وضع الموظفين
staff-pin-hint = أدخل الرقم السري للموظفين.
staff-pin-open = فتح
staff-pin-wrong = رقم سري خاطئ. المحاولات المتبقية: { $left }
staff-pin-locked = محاولات خاطئة كثيرة. وضع الموظفين مقفل حتى الساعة { $time }.
staff-pin-not-set = لا يوجد رقم سري للموظفين في هذا الكشك. يضيفه قسم تقنية المعلومات بالأمر hash-pin.
staff-cancel = إلغاء
staff-title = وضع الموظفين
staff-auto-leave = يُغلق وضع الموظفين من تلقاء نفسه بعد دقيقتين دون لمس.
staff-leave = الخروج من وضع الموظفين
staff-api = نظام البلدية (الواجهة المركزية)
staff-api-none = لا اتصال بنظام البلدية: أرقام الانتظار والملاحظات متوقفة.
staff-last-success = آخر اتصال: { $time }
staff-last-error = آخر خطأ: { $error }
staff-never = أبدًا
staff-no-error = لا أخطاء
staff-error-network = لا يوجد اتصال بالشبكة
staff-error-timeout = لا يجيب في الوقت المحدد
staff-error-server = خطأ في الخادم
staff-error-rate-limited = طلبات كثيرة جدًا، الخادم يطلب من الكشك الانتظار
staff-error-auth = المفتاح (الرمز) لا يعمل
staff-error-rejected = الخادم لم يقبل البيانات
staff-error-protocol = إجابة غير متوقعة من الخادم
staff-error-local = خطأ في الكشك (الإعدادات أو التخزين)
staff-outbox = ملاحظات تنتظر الإرسال
staff-outbox-pending = في الانتظار: { $count }
staff-outbox-oldest = أقدمها ينتظر منذ { $minutes } دقيقة.
staff-retry-now = حاول الإرسال الآن
staff-retry-started = الكشك يحاول الإرسال الآن.
staff-content = المحتوى (الخدمات الإلكترونية، الاستمارات، جهات الاتصال)
staff-content-version = الإصدار: { $version }
staff-content-reload = إعادة تحميل المحتوى
staff-content-reloaded = تم تحميل المحتوى.
staff-content-kept = في المحتوى أخطاء. ما زال الكشك يعرض المحتوى السابق.
staff-feeds = الأخبار ورسائل الأزمات
staff-feeds-none = لم يتم إعداد أي مصادر أخبار.
staff-speech = القراءة بصوت عالٍ
staff-speech-engine = محرك الكلام: { $engine }
staff-speech-none = لا يوجد محرك كلام. يثبّت قسم تقنية المعلومات الحزمة espeak-ng.
staff-headphones = وضع السماعات
staff-headphones-same = ليس لوضع السماعات مخرج خاص: نفس مكبر الصوت بصوت أخفض.
staff-on = يعمل
staff-off = متوقف
staff-toggle = { $name }: { $state }
staff-pause = إيقاف الكشك مؤقتًا
staff-resume = فتح الكشك من جديد
staff-assist = وضع المساعدة
staff-counts = اليوم
staff-counts-tickets = أرقام الانتظار
staff-counts-synpunkter = الملاحظات
staff-counts-languages = اللغات المختارة
staff-counts-none = لا شيء بعد

# Feed errors in the staff panel
staff-feed-error-http = ردّ الخادم بخطأ
staff-feed-error-too-large = الموجز أكبر من الحد المسموح
staff-feed-error-not-a-feed = العنوان يعطي صفحة ويب وليس موجزاً
staff-feed-error-malformed = لا يمكن قراءة الموجز
staff-error-clock-skew = ساعة الكشك تسبق ساعة الخادم
staff-api-demo = وضع العرض التجريبي: يُستخدم الخادم المدمج في الكشك. تبقى الملاحظات في هذا الكشك ولا يُوعَد بموعد للرد.
staff-outbox-refused = رفضها الخادم: { $count } (محفوظة لقسم تقنية المعلومات)
staff-outbox-refused-oldest = رُفضت أقدمها قبل { $days } يومًا.
staff-outbox-refused-reason = السبب: { $reason }
staff-refused-field-message = الرسالة
staff-refused-field-email = عنوان البريد الإلكتروني
staff-refused-field-phone = رقم الهاتف
staff-refused-field-name = الاسم
staff-refused-field-other = معلومة في الملاحظة
staff-refused-fields = لم يُقبل: { $fields }
staff-refused-no-reason = لم يذكر الخادم سببًا
staff-refused-it = يراها قسم تقنية المعلومات ويعيد إرسالها بالأمر: medborgarkiosk outbox list
staff-clock = الساعة
staff-clock-ntp-yes = الساعة متزامنة (NTP).
staff-clock-ntp-no = الساعة غير متزامنة (NTP). يتحقق قسم تقنية المعلومات من إعدادات الوقت.
staff-clock-ntp-unknown = غير معروف ما إذا كانت الساعة متزامنة.
staff-clock-skew = الفرق عن ساعة الخادم: { $seconds } ثانية
staff-clock-skew-unknown = الفرق عن ساعة الخادم: لم يُقَس بعد
staff-pin-locked-reset = محاولات خاطئة كثيرة جدًا. وضع الموظفين مقفل حتى يعيد قسم تقنية المعلومات ضبطه (رمز PIN جديد في الإعدادات).

# Wall display polish: counters by name, next opening
display-counter-name = الشباك { $counter }
display-closed-opens = مغلق الآن. يفتح يوم { $day } الساعة { $time }.
display-opens = يفتح يوم { $day } الساعة { $time }.
# A call said aloud on the wall display (issue 21): $number spelled, $counter as on the desk
display-call = الرقم { $number }، الشباك { $counter }

## Keys and speech without sight (issue 18)
focus-text-size = حجم النص { $step }
focus-button = زر
focus-selected = محدد
focus-not-selected = غير محدد
focus-key = مفتاح
focus-position = { $position } من { $count }
focus-choices = عدد الخيارات: { $count }
keys-help = أنت هنا: { $title }. مفتاح Tab أو مفاتيح الأسهم تنقلك بين الخيارات. مفتاح Enter يختار. مفتاح Escape يعود خطوة. مفتاح Home يبدأ من جديد. مفتاحا الزائد والناقص يغيّران مستوى الصوت. مفتاح F5 يعيد القراءة. مفتاح F1 يقرأ هذه المساعدة.
text-entered = عدد الأحرف المكتوبة: { $count }
text-char-entered = تم إدخال حرف
syn-contact-demo = هذا عرض تجريبي: لا تُرسَل الملاحظات إلى البلدية، ولن يردّ أحد.
focus-text-field = حقل نص

## الأدوات الرقمية في المكتب (issue 23)
tile-tools = الأدوات الرقمية
tile-tools-text = أجهزة الكمبيوتر والطباعة والواي فاي والمساعدة في البدء
tools-title = الأدوات الرقمية هنا
tools-intro = هذه الأدوات متاحة لك هنا في المكتب. يريك الموظفون كيف تفعل ذلك.
tools-skills = تعلّم المهارات الرقمية
tools-skills-text = البريد الإلكتروني وBankID وصندوق البريد الرقمي وكيف تحمي نفسك من الاحتيال
tools-drop-in = Drop-in: مساعدة رقمية دون حجز موعد
tools-drop-in-day = { $weekday }: { $hours }
tools-wifi-network = اسم الشبكة
tools-wifi-hidden = الشبكة لا تظهر في القائمة. امسح الرمز، أو اكتب الاسم بنفسك.
tools-wifi-open = الشبكة مفتوحة. لا تحتاج إلى كلمة مرور.
tools-wifi-password = كلمة المرور
tools-wifi-show-password = إظهار كلمة المرور
tools-wifi-hide-password = إخفاء كلمة المرور
tools-wifi-password-not-read = كلمة المرور تظهر على الشاشة. لا تُقرأ بصوت عالٍ من مكبر الصوت.
tools-wifi-qr = اتصل بالشبكة بهاتفك
tools-wifi-scan = وجّه كاميرا هاتفك نحو الرمز. عندها يتصل هاتفك بالشبكة.
search-kind-tool = هنا في المكتب
guide-related = اقرأ أيضاً
ticket-topic = مساعدة في: { $topic }

## الدور في المكتب: صفحة الشباك والدور على الهاتف (issue 21)
counter-page-title = الشباك – الدور
counter-sign-in-title = تسجيل الدخول عند الشباك
counter-sign-in-text = اكتب مفتاح الشباك. تحصل عليه من المسؤول عن النظام.
counter-token-label = مفتاح الشباك
counter-sign-in = تسجيل الدخول
counter-sign-in-failed = هذا المفتاح غير صالح لأي شباك. حاول مرة أخرى.
counter-sign-in-locked = محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مرة أخرى.
counter-sign-out = تسجيل الخروج
counter-heading = الشباك { $counter } – { $office }
counter-other-language = English
counter-current = لديك الآن
counter-none-current = لم يُنادَ على أحد الآن.
counter-call-next = نادِ التالي
counter-call-again = نادِ مرة أخرى
counter-done = تم
counter-no-show = لم يحضر
counter-transfer = تحويل إلى خدمة أخرى
counter-transfer-to = الخدمة
counter-transfer-button = تحويل
counter-services = الخدمات التي يقدمها الشباك
counter-services-save = حفظ
counter-waiting = في الانتظار: { $service }
counter-nobody-waiting = لا أحد ينتظر.
counter-col-number = الرقم
counter-col-waited = مدة الانتظار
counter-col-language = اللغة
counter-col-needs = الاحتياجات
counter-col-topic = الموضوع
counter-minutes = { $minutes } دقيقة
counter-interpreter = مترجم: { $language }
counter-called-at = نودي عليه الساعة { $time }
counter-issued-at = أخذ التذكرة الساعة { $time }
counter-nobody-to-call = لا أحد ينتظر خدمات هذا الشباك.
counter-choose-services = اختر خدمة واحدة على الأقل لهذا الشباك.
counter-stale = كانت الصفحة قديمة: لم يُنفَّذ شيء. هذا هو الوضع الآن.
counter-skip = انتقل إلى الدور
follow-page-title = تذكرة دورك
follow-number = رقمك
follow-ahead = { $count ->
    [0] أنت التالي.
    [zero] لا أحد قبلك.
    [one] شخص واحد قبلك.
    [two] شخصان قبلك.
    [few] { $count } أشخاص قبلك.
    [many] { $count } شخصاً قبلك.
   *[other] { $count } شخص قبلك.
}
follow-your-turn = حان دورك
follow-go-to = اذهب إلى الشباك { $counter }
follow-finished = انتهت زيارتك. شكرًا!
follow-no-show = نُودي على رقمك، لكنك لم تحضر. خذ تذكرة جديدة إذا احتجت إليها.
follow-refresh = تتحدّث هذه الصفحة تلقائيًا.
follow-gone-title = تذكرة الدور هذه لم تعد صالحة
follow-gone-text = الرابط قديم أو خاطئ. خذ تذكرة جديدة من الشاشة في المكتب.

## The statistics report (issue 22), read by the organisation
report-title = الإحصاءات: { $office }
report-period = الفترة: { $from } – { $to }
report-generated = أُعدّ في { $time } من العدّ المجهول الهوية في الأكشاك وتذاكر الانتظار والملاحظات.
report-small-numbers = تظهر الأعداد الأقل من 3 على شكل ”< 3“ حتى لا يمكن التعرف على أحد. تظهر النسب والوسيط فقط عندما يكون الأساس 3 على الأقل.
report-visits = الزيارات حسب يوم الأسبوع والساعة
report-visits-note = الزيارات التي بدأت عند الشاشة، بتوقيت السويد. المربع الأغمق: زيارات أكثر.
report-hour = الساعة
report-day-mon = الإثنين
report-day-tue = الثلاثاء
report-day-wed = الأربعاء
report-day-thu = الخميس
report-day-fri = الجمعة
report-day-sat = السبت
report-day-sun = الأحد
report-languages = اللغات
report-entries = ما اختاره الزوار أولاً
report-count = العدد
report-waits = أوقات الانتظار حسب الخدمة
report-wait-axis = وقت الانتظار بالدقائق
report-service-tickets = التذاكر: { $tickets }. المنادى عليهم: { $called }. لم يحضروا: { $noshows }.
report-median-wait = الوسيط لوقت الانتظار
report-median-handling = الوسيط للوقت عند الشباك
report-within-target = نودي عليهم ضمن الهدف ({ $target } دقيقة)
report-minutes = { $minutes } دقيقة
report-percent = { $percent } %
report-hidden = لا يُعرض (أقل من 3)
report-guides = الأدلة العشرة الأكثر استخداماً
report-guides-help = الأدلة التي طلب فيها الزوار مساعدة الموظفين
report-flows = أين يتوقف الزوار
report-flow = { $flow }: { $started } بدأ، { $completed } اكتمل
report-left-axis = غادر عند الخطوة
report-searches = عمليات البحث: { $made }. بلا نتيجة: { $empty }.
report-synpunkter = الملاحظات حسب المجال والنوع
report-promise = الوعد: رد أو إفادة خلال يومي عمل
report-promise-note = الملاحظات التي تتضمن بيانات اتصال ووصلت خلال الفترة، وكم منها تلقى رداً أو إفادة بحلول موعد الرد.
report-percent-axis = النسبة في الموعد (%)
report-col-area = المجال
report-col-with-contact = مع بيانات الاتصال
report-col-kept = في الموعد
report-col-percent = النسبة في الموعد
report-col-name = ماذا
report-other = أخرى: إمكانية الوصول، انتهاء المهلة، معلومات الأزمات
report-nothing = لا شيء في هذه الفترة.
