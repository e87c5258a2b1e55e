/**
 * The words of the self-service mails, in every UI locale of the widgets.
 * German is the source (plain language, "Sie"); every locale has the same
 * keys and placeholders (a test checks both).
 */
import type { Locale } from '@teilhabe/contract';

/** The fields an office most often corrects before it publishes; the mail names each one it changed. */
export type PublishedField = 'name' | 'title' | 'shortDescription' | 'summary' | 'description' | 'email' | 'phone' | 'website' | 'address' | 'start' | 'end';

export interface SelfServiceMailTexts {
  verification: { subject: string; intro: string; validUntil: string; nothingToDo: string };
  accepted: { subject: string; body: string; edited: string; fields: Record<PublishedField, string> };
  declined: { subject: string; body: string; reasonHeading: string };
  automatic: string;
}

export const SELF_SERVICE_MAIL_TEXTS: Record<Locale, SelfServiceMailTexts> = {
  de: {
    verification: {
      subject: 'Ist Ihr Eintrag noch aktuell? – {organization}',
      intro: 'Guten Tag, {tenant} führt „{organization}“ im Verzeichnis der Migrantenorganisationen. Ist der Eintrag noch aktuell? Mit diesem Link sehen Sie ihn, bestätigen ihn oder schlagen Änderungen vor:',
      validUntil: 'Der Link gilt bis {until} und nur einmal.',
      nothingToDo: 'Wenn Sie nichts tun, bleibt der Eintrag, wie er ist.',
    },
    accepted: { subject: 'Ihr Vorschlag ist angenommen: {title}', body: 'Guten Tag {name}, {tenant} hat Ihren Vorschlag „{title}“ geprüft und veröffentlicht. Danke!', edited: 'Vor der Veröffentlichung hat {tenant} Ihren Vorschlag angepasst. So ist er jetzt veröffentlicht:', fields: { name: 'Name', title: 'Titel', shortDescription: 'Kurzbeschreibung', summary: 'Kurzbeschreibung', description: 'Beschreibung', email: 'E-Mail', phone: 'Telefon', website: 'Webseite', address: 'Anschrift', start: 'Beginn', end: 'Ende' } },
    declined: { subject: 'Ihr Vorschlag ist nicht angenommen: {title}', body: 'Guten Tag {name}, {tenant} hat Ihren Vorschlag „{title}“ geprüft und nicht veröffentlicht.', reasonHeading: 'Die Begründung' },
    automatic: 'Diese Nachricht wurde automatisch verschickt.',
  },
  en: {
    verification: {
      subject: 'Is your entry still up to date? – {organization}',
      intro: 'Hello, {tenant} lists “{organization}” in its directory of migrant organisations. Is the entry still up to date? With this link you can see it, confirm it or propose changes:',
      validUntil: 'The link is valid until {until} and only once.',
      nothingToDo: 'If you do nothing, the entry stays as it is.',
    },
    accepted: { subject: 'Your proposal is accepted: {title}', body: 'Hello {name}, {tenant} has reviewed your proposal “{title}” and published it. Thank you!', edited: 'Before publishing, {tenant} adjusted your proposal. This is how it is published now:', fields: { name: 'Name', title: 'Title', shortDescription: 'Short description', summary: 'Short description', description: 'Description', email: 'E-mail', phone: 'Phone', website: 'Website', address: 'Address', start: 'Start', end: 'End' } },
    declined: { subject: 'Your proposal is not accepted: {title}', body: 'Hello {name}, {tenant} has reviewed your proposal “{title}” and did not publish it.', reasonHeading: 'The reason' },
    automatic: 'This message was sent automatically.',
  },
  tr: {
    verification: {
      subject: 'Kaydınız hâlâ güncel mi? – {organization}',
      intro: 'Merhaba, {tenant} “{organization}” kuruluşunu göçmen örgütleri rehberinde listeliyor. Kayıt hâlâ güncel mi? Bu bağlantıyla kaydı görebilir, onaylayabilir veya değişiklik önerebilirsiniz:',
      validUntil: 'Bağlantı {until} tarihine kadar ve yalnızca bir kez geçerlidir.',
      nothingToDo: 'Hiçbir şey yapmazsanız kayıt olduğu gibi kalır.',
    },
    accepted: { subject: 'Öneriniz kabul edildi: {title}', body: 'Merhaba {name}, {tenant} “{title}” önerinizi inceledi ve yayımladı. Teşekkürler!', edited: '{tenant} yayımlamadan önce önerinizi düzenledi. Şu anda şöyle yayımlanıyor:', fields: { name: 'Ad', title: 'Başlık', shortDescription: 'Kısa açıklama', summary: 'Kısa açıklama', description: 'Açıklama', email: 'E-posta', phone: 'Telefon', website: 'İnternet sitesi', address: 'Adres', start: 'Başlangıç', end: 'Bitiş' } },
    declined: { subject: 'Öneriniz kabul edilmedi: {title}', body: 'Merhaba {name}, {tenant} “{title}” önerinizi inceledi ve yayımlamadı.', reasonHeading: 'Gerekçe' },
    automatic: 'Bu mesaj otomatik olarak gönderildi.',
  },
  ar: {
    verification: {
      subject: 'هل ما زال إدخالكم محدَّثًا؟ – {organization}',
      intro: 'مرحبًا، تُدرج {tenant} «{organization}» في دليل منظمات المهاجرين. هل ما زال الإدخال محدَّثًا؟ بهذا الرابط ترون الإدخال وتؤكدونه أو تقترحون تغييرات:',
      validUntil: 'الرابط صالح حتى {until} ولمرة واحدة فقط.',
      nothingToDo: 'إذا لم تفعلوا شيئًا يبقى الإدخال كما هو.',
    },
    accepted: { subject: 'تم قبول اقتراحكم: {title}', body: 'مرحبًا {name}، راجعت {tenant} اقتراحكم «{title}» ونشرته. شكرًا لكم!', edited: 'قبل النشر عدّلت {tenant} اقتراحكم. هكذا هو منشور الآن:', fields: { name: 'الاسم', title: 'العنوان', shortDescription: 'وصف قصير', summary: 'وصف قصير', description: 'الوصف', email: 'البريد الإلكتروني', phone: 'الهاتف', website: 'الموقع الإلكتروني', address: 'العنوان البريدي', start: 'البداية', end: 'النهاية' } },
    declined: { subject: 'لم يتم قبول اقتراحكم: {title}', body: 'مرحبًا {name}، راجعت {tenant} اقتراحكم «{title}» ولم تنشره.', reasonHeading: 'السبب' },
    automatic: 'أُرسلت هذه الرسالة تلقائيًا.',
  },
  uk: {
    verification: {
      subject: 'Чи ваш запис ще актуальний? – {organization}',
      intro: 'Добрий день, {tenant} містить «{organization}» у довіднику організацій мігрантів. Чи запис ще актуальний? За цим посиланням ви побачите запис, підтвердите його або запропонуєте зміни:',
      validUntil: 'Посилання дійсне до {until} і лише один раз.',
      nothingToDo: 'Якщо ви нічого не робите, запис залишається без змін.',
    },
    accepted: { subject: 'Вашу пропозицію прийнято: {title}', body: 'Добрий день, {name}! {tenant} перевірив вашу пропозицію «{title}» і опублікував її. Дякуємо!', edited: 'Перед публікацією {tenant} змінив вашу пропозицію. Ось як її опубліковано:', fields: { name: 'Назва', title: 'Заголовок', shortDescription: 'Короткий опис', summary: 'Короткий опис', description: 'Опис', email: 'Електронна пошта', phone: 'Телефон', website: 'Вебсайт', address: 'Адреса', start: 'Початок', end: 'Кінець' } },
    declined: { subject: 'Вашу пропозицію не прийнято: {title}', body: 'Добрий день, {name}! {tenant} перевірив вашу пропозицію «{title}» і не опублікував її.', reasonHeading: 'Причина' },
    automatic: 'Це повідомлення надіслано автоматично.',
  },
  ru: {
    verification: {
      subject: 'Ваша запись ещё актуальна? – {organization}',
      intro: 'Здравствуйте, {tenant} включает «{organization}» в справочник организаций мигрантов. Запись ещё актуальна? По этой ссылке вы увидите запись, подтвердите её или предложите изменения:',
      validUntil: 'Ссылка действует до {until} и только один раз.',
      nothingToDo: 'Если вы ничего не делаете, запись остаётся без изменений.',
    },
    accepted: { subject: 'Ваше предложение принято: {title}', body: 'Здравствуйте, {name}! {tenant} проверил ваше предложение «{title}» и опубликовал его. Спасибо!', edited: 'Перед публикацией {tenant} изменил ваше предложение. Вот как оно опубликовано:', fields: { name: 'Название', title: 'Заголовок', shortDescription: 'Краткое описание', summary: 'Краткое описание', description: 'Описание', email: 'Электронная почта', phone: 'Телефон', website: 'Веб-сайт', address: 'Адрес', start: 'Начало', end: 'Конец' } },
    declined: { subject: 'Ваше предложение не принято: {title}', body: 'Здравствуйте, {name}! {tenant} проверил ваше предложение «{title}» и не опубликовал его.', reasonHeading: 'Причина' },
    automatic: 'Это сообщение отправлено автоматически.',
  },
  fa: {
    verification: {
      subject: 'آیا مدخل شما هنوز به‌روز است؟ – {organization}',
      intro: 'سلام، {tenant} «{organization}» را در فهرست سازمان‌های مهاجران آورده است. آیا مدخل هنوز به‌روز است؟ با این پیوند مدخل را می‌بینید، تأیید می‌کنید یا تغییراتی پیشنهاد می‌دهید:',
      validUntil: 'این پیوند تا {until} و فقط یک بار معتبر است.',
      nothingToDo: 'اگر کاری نکنید، مدخل همان‌طور که هست می‌ماند.',
    },
    accepted: { subject: 'پیشنهاد شما پذیرفته شد: {title}', body: 'سلام {name}، {tenant} پیشنهاد شما «{title}» را بررسی و منتشر کرد. سپاس!', edited: '{tenant} پیش از انتشار، پیشنهاد شما را ویرایش کرد. اکنون این‌گونه منتشر شده است:', fields: { name: 'نام', title: 'عنوان', shortDescription: 'توضیح کوتاه', summary: 'توضیح کوتاه', description: 'توضیحات', email: 'ایمیل', phone: 'تلفن', website: 'وب‌سایت', address: 'نشانی', start: 'آغاز', end: 'پایان' } },
    declined: { subject: 'پیشنهاد شما پذیرفته نشد: {title}', body: 'سلام {name}، {tenant} پیشنهاد شما «{title}» را بررسی کرد و منتشر نکرد.', reasonHeading: 'دلیل' },
    automatic: 'این پیام به‌طور خودکار فرستاده شد.',
  },
};
