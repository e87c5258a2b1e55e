/**
 * The standard taxonomies every tenant starts with, with labels in all seven
 * UI locales. German labels are in plain language (Einfache Sprache). Areas
 * (towns, districts) are each tenant's own and are not part of this list.
 */
import type { TaxonomyName, TaxonomyTermInput } from '@teilhabe/contract';

export function term(
  code: string,
  de: string,
  en: string,
  tr: string,
  ar: string,
  uk: string,
  ru: string,
  fa: string,
): TaxonomyTermInput {
  return { code, label: { de, en, tr, ar, uk, ru, fa } };
}


/** Topics of the 2020 survey of municipal integration officers (DOMAIN.md). */
const topics: TaxonomyTermInput[] = [
  term('anti-racism-democracy', 'Gegen Rassismus und Extremismus, für Demokratie', 'Anti-racism, anti-extremism and democracy', 'Irkçılık ve aşırıcılığa karşı, demokrasi için', 'مناهضة العنصرية والتطرف ودعم الديمقراطية', 'Протидія расизму й екстремізму, демократія', 'Противодействие расизму и экстремизму, демократия', 'مبارزه با نژادپرستی و افراط‌گرایی، دموکراسی'),
  term('culture-intercultural', 'Kultur und interkulturelle Arbeit', 'Culture and intercultural activities', 'Kültür ve kültürlerarası çalışmalar', 'الثقافة والأنشطة بين الثقافات', 'Культура та міжкультурна діяльність', 'Культура и межкультурная деятельность', 'فرهنگ و فعالیت‌های بین‌فرهنگی'),
  term('religion-interreligious', 'Religion und Dialog der Religionen', 'Religion and interreligious dialogue', 'Din ve dinlerarası diyalog', 'الدين والحوار بين الأديان', 'Релігія та міжрелігійний діалог', 'Религия и межрелигиозный диалог', 'دین و گفت‌وگوی میان ادیان'),
  term('refugees', 'Geflüchtete Menschen', 'Refugees', 'Mülteciler', 'اللاجئون', 'Біженці', 'Беженцы', 'پناهندگان'),
  term('social-health-seniors', 'Soziales, Gesundheit und Senioren', 'Social affairs, health and seniors', 'Sosyal konular, sağlık ve yaşlılar', 'الشؤون الاجتماعية والصحة وكبار السن', 'Соціальні питання, здоровʼя та літні люди', 'Социальные вопросы, здоровье и пожилые люди', 'امور اجتماعی، سلامت و سالمندان'),
  term('youth-education', 'Jugend, Erziehung und Bildung', 'Youth, upbringing and education', 'Gençlik, yetiştirme ve eğitim', 'الشباب والتربية والتعليم', 'Молодь, виховання та освіта', 'Молодёжь, воспитание и образование', 'جوانان، تربیت و آموزش'),
  term('gender-specific-work', 'Arbeit für Frauen und Männer (geschlechtsspezifisch)', 'Gender-specific work', 'Cinsiyete özgü çalışmalar', 'العمل المراعي للنوع الاجتماعي', 'Гендерно-специфічна робота', 'Гендерно-специфическая работа', 'کار ویژهٔ جنسیتی'),
  term('intercultural-opening', 'Interkulturelle Öffnung der Verwaltung', 'Intercultural opening of the administration', 'Kamu yönetiminin kültürlerarası açılımı', 'الانفتاح بين الثقافي للإدارة', 'Міжкультурна відкритість адміністрації', 'Межкультурная открытость администрации', 'گشایش بین‌فرهنگی در اداره‌ها'),
  term('labour-economy', 'Arbeit und Wirtschaft', 'Labour and economic development', 'Çalışma hayatı ve ekonomi', 'العمل والتنمية الاقتصادية', 'Праця та економічний розвиток', 'Труд и экономическое развитие', 'کار و توسعهٔ اقتصادی'),
  term('sport', 'Sport', 'Sport', 'Spor', 'الرياضة', 'Спорт', 'Спорт', 'ورزش'),
  term('neighbourhood-development', 'Stadtentwicklung und Nachbarschaft', 'Urban and neighbourhood development', 'Kent gelişimi ve mahalle', 'التنمية الحضرية وتنمية الأحياء', 'Розвиток міста та сусідства', 'Развитие города и соседства', 'توسعهٔ شهری و محله'),
  term('development-cooperation', 'Entwicklungszusammenarbeit', 'Development cooperation', 'Kalkınma işbirliği', 'التعاون الإنمائي', 'Співпраця задля розвитку', 'Сотрудничество в целях развития', 'همکاری توسعه‌ای'),
  term('association-support', 'Hilfe für Vereine', 'Support for associations', 'Derneklere destek', 'دعم الجمعيات', 'Підтримка обʼєднань', 'Поддержка объединений', 'پشتیبانی از انجمن‌ها'),
  term('multilingualism', 'Mehrsprachigkeit', 'Multilingualism', 'Çok dillilik', 'تعدد اللغات', 'Багатомовність', 'Многоязычие', 'چندزبانگی'),
  term('remembrance', 'Erinnerungskultur', 'Culture of remembrance', 'Hatırlama kültürü', 'ثقافة الذاكرة', 'Культура памʼяті', 'Культура памяти', 'فرهنگ یادبود'),
  term('society-politics', 'Gesellschaft und Politik', 'Society and politics', 'Toplum ve siyaset', 'المجتمع والسياسة', 'Суспільство та політика', 'Общество и политика', 'جامعه و سیاست'),
];

const organizationTypes: TaxonomyTermInput[] = [
  term('cultural-association', 'Kulturverein', 'Cultural association', 'Kültür derneği', 'جمعية ثقافية', 'Культурне товариство', 'Культурное общество', 'انجمن فرهنگی'),
  term('regional-origin-association', 'Verein von Menschen aus einer Herkunftsregion', 'Regional-origin association', 'Hemşehri derneği', 'جمعية أبناء منطقة المنشأ', 'Земляцтво', 'Землячество', 'انجمن هم‌ولایتی‌ها'),
  term('sports-club', 'Sportverein', 'Sports club', 'Spor kulübü', 'نادٍ رياضي', 'Спортивний клуб', 'Спортивный клуб', 'باشگاه ورزشی'),
  term('faith-community', 'Religionsgemeinschaft', 'Faith community', 'İnanç topluluğu', 'جماعة دينية', 'Релігійна громада', 'Религиозная община', 'جامعهٔ دینی'),
  term('post-migrant-organization', 'Postmigrantische Organisation (Neue Deutsche)', 'Post-migrant / new German organisation', 'Post-göçmen örgüt (Yeni Almanlar)', 'منظمة ما بعد الهجرة (الألمان الجدد)', 'Постміграційна організація («нові німці»)', 'Постмиграционная организация («новые немцы»)', 'سازمان پسامهاجرتی (آلمانی‌های جدید)'),
  term('refugee-initiative', 'Initiative von Geflüchteten', 'Refugee-led initiative', 'Mültecilerin kurduğu girişim', 'مبادرة يقودها لاجئون', 'Ініціатива біженців', 'Инициатива беженцев', 'ابتکار به رهبری پناهندگان'),
  term('women-organization', 'Frauenverein', 'Women’s organisation', 'Kadın derneği', 'منظمة نسائية', 'Жіноча організація', 'Женская организация', 'سازمان زنان'),
  term('parents-association', 'Elternverein', 'Parents’ association', 'Veli derneği', 'جمعية أولياء الأمور', 'Батьківське обʼєднання', 'Родительское объединение', 'انجمن والدین'),
  term('academic-association', 'Verein für Studierende und Akademiker', 'Student and academic association', 'Öğrenci ve akademisyen derneği', 'جمعية طلاب وأكاديميين', 'Студентське та академічне обʼєднання', 'Студенческое и академическое объединение', 'انجمن دانشجویان و دانشگاهیان'),
  term('entrepreneurs-association', 'Unternehmerverein', 'Entrepreneurs’ association', 'Girişimciler derneği', 'جمعية رواد الأعمال', 'Обʼєднання підприємців', 'Объединение предпринимателей', 'انجمن کارآفرینان'),
  term('education-provider', 'Bildungsträger', 'Education provider', 'Eğitim kurumu', 'جهة تعليمية', 'Освітня організація', 'Образовательная организация', 'مؤسسهٔ آموزشی'),
  term('youth-welfare-provider', 'Träger der Jugendhilfe', 'Youth-welfare provider', 'Gençlik yardımı kuruluşu', 'جهة لرعاية الشباب', 'Організація допомоги молоді', 'Организация помощи молодёжи', 'نهاد خدمات رفاهی جوانان'),
  term('development-cooperation-group', 'Gruppe für Entwicklungszusammenarbeit', 'Development-cooperation group', 'Kalkınma işbirliği grubu', 'مجموعة للتعاون الإنمائي', 'Група співпраці задля розвитку', 'Группа по сотрудничеству в целях развития', 'گروه همکاری توسعه‌ای'),
  term('umbrella', 'Dachverband', 'Umbrella organisation', 'Çatı örgütü', 'منظمة مظلية', 'Парасолькова організація', 'Зонтичная организация', 'سازمان چتری'),
];

const offers: TaxonomyTermInput[] = [
  term('homework-help', 'Hausaufgabenhilfe', 'Homework help', 'Ödev yardımı', 'المساعدة في الواجبات المدرسية', 'Допомога з домашніми завданнями', 'Помощь с домашними заданиями', 'کمک در انجام تکالیف'),
  term('parents-seminars', 'Seminare für Eltern', 'Parents’ seminars', 'Veli seminerleri', 'ندوات لأولياء الأمور', 'Семінари для батьків', 'Семинары для родителей', 'سمینارهای والدین'),
  term('counselling', 'Beratung', 'Counselling', 'Danışmanlık', 'الاستشارة', 'Консультації', 'Консультации', 'مشاوره'),
  term('language-mediation', 'Sprach- und Kulturmittlung', 'Language and culture mediation', 'Dil ve kültür aracılığı', 'الوساطة اللغوية والثقافية', 'Мовне та культурне посередництво', 'Языковое и культурное посредничество', 'میانجی‌گری زبانی و فرهنگی'),
  term('language-classes', 'Sprachkurse (auch Herkunftssprache)', 'Language classes (incl. heritage language)', 'Dil kursları (ana dil dahil)', 'دورات لغة (بما فيها لغة الأصل)', 'Мовні курси (зокрема рідна мова)', 'Языковые курсы (в том числе родной язык)', 'کلاس‌های زبان (از جمله زبان مادری)'),
  term('sports', 'Sport-Angebote', 'Sports activities', 'Spor etkinlikleri', 'أنشطة رياضية', 'Спортивні заняття', 'Спортивные занятия', 'فعالیت‌های ورزشی'),
  term('youth-work', 'Jugendarbeit', 'Youth work', 'Gençlik çalışması', 'العمل الشبابي', 'Робота з молоддю', 'Работа с молодёжью', 'کار با جوانان'),
  term('cultural-events', 'Kultur-Veranstaltungen', 'Cultural events', 'Kültürel etkinlikler', 'فعاليات ثقافية', 'Культурні заходи', 'Культурные мероприятия', 'رویدادهای فرهنگی'),
  term('women-groups', 'Gruppen für Frauen', 'Women’s groups', 'Kadın grupları', 'مجموعات نسائية', 'Жіночі групи', 'Женские группы', 'گروه‌های زنان'),
  term('senior-meetings', 'Treffen für Senioren', 'Meetings for seniors', 'Yaşlılar buluşmaları', 'لقاءات لكبار السن', 'Зустрічі для літніх людей', 'Встречи для пожилых людей', 'دیدارهای سالمندان'),
  term('translation-help', 'Hilfe beim Übersetzen', 'Translation help', 'Çeviri yardımı', 'المساعدة في الترجمة', 'Допомога з перекладом', 'Помощь с переводом', 'کمک در ترجمه'),
  term('job-coaching', 'Hilfe bei Bewerbung und Arbeit', 'Job coaching', 'İş koçluğu', 'التدريب على العمل والتقدّم للوظائف', 'Коучинг із працевлаштування', 'Коучинг по трудоустройству', 'مربی‌گری شغلی'),
];

const equipment: TaxonomyTermInput[] = [
  term('projector', 'Beamer', 'Projector', 'Projeksiyon cihazı', 'جهاز عرض (بروجكتور)', 'Проєктор', 'Проектор', 'ویدئو پروژکتور'),
  term('screen', 'Leinwand', 'Projection screen', 'Projeksiyon perdesi', 'شاشة عرض', 'Екран', 'Экран', 'پردهٔ نمایش'),
  term('whiteboard', 'Whiteboard', 'Whiteboard', 'Beyaz tahta', 'سبورة بيضاء', 'Маркерна дошка', 'Маркерная доска', 'تختهٔ وایت‌برد'),
  term('flipchart', 'Flipchart', 'Flip chart', 'Flipchart (kâğıt tahta)', 'لوح ورقي قلّاب', 'Фліпчарт', 'Флипчарт', 'فلیپ‌چارت'),
  term('moderation-kit', 'Moderationskoffer', 'Facilitation kit', 'Moderasyon çantası', 'حقيبة أدوات تيسير الاجتماعات', 'Набір для модерації', 'Набор для модерации', 'کیف ابزار تسهیل‌گری'),
  term('kitchen', 'Küche', 'Kitchen', 'Mutfak', 'مطبخ', 'Кухня', 'Кухня', 'آشپزخانه'),
  term('wifi', 'WLAN', 'Wi-Fi', 'Kablosuz internet (Wi-Fi)', 'إنترنت لاسلكي (واي فاي)', 'Wi-Fi', 'Wi-Fi', 'اینترنت بی‌سیم (وای‌فای)'),
  term('sound-system', 'Tonanlage', 'Sound system', 'Ses sistemi', 'نظام صوتي', 'Звукова система', 'Звуковая система', 'سیستم صوتی'),
  term('piano', 'Klavier', 'Piano', 'Piyano', 'بيانو', 'Піаніно', 'Пианино', 'پیانو'),
  term('tables-chairs', 'Tische und Stühle', 'Tables and chairs', 'Masa ve sandalyeler', 'طاولات وكراسٍ', 'Столи та стільці', 'Столы и стулья', 'میز و صندلی'),
  term('childcare-corner', 'Spielecke für Kinder', 'Childcare corner', 'Çocuk oyun köşesi', 'ركن لعب للأطفال', 'Дитячий куточок', 'Детский уголок', 'گوشهٔ بازی کودکان'),
  term('video-conferencing', 'Technik für Video-Konferenzen', 'Video conferencing', 'Video konferans donanımı', 'تجهيزات مؤتمرات الفيديو', 'Обладнання для відеоконференцій', 'Оборудование для видеоконференций', 'تجهیزات ویدئوکنفرانس'),
];

const accessibility: TaxonomyTermInput[] = [
  term('step-free', 'Eingang ohne Stufen', 'Step-free access', 'Basamaksız giriş', 'مدخل بلا درج', 'Вхід без сходинок', 'Вход без ступенек', 'ورودی بدون پله'),
  term('accessible-toilet', 'Barrierefreie Toilette', 'Accessible toilet', 'Engelli tuvaleti', 'مرحاض مهيّأ لذوي الإعاقة', 'Туалет для людей з інвалідністю', 'Туалет для людей с инвалидностью', 'سرویس بهداشتی مناسب‌سازی‌شده'),
  term('hearing-loop', 'Höranlage für Hörgeräte', 'Hearing loop', 'İşitme cihazları için indüksiyon döngüsü', 'حلقة سمعية لأجهزة السمع', 'Індукційна петля для слухових апаратів', 'Индукционная петля для слуховых аппаратов', 'حلقهٔ القایی برای سمعک'),
  term('lift', 'Aufzug', 'Lift', 'Asansör', 'مصعد', 'Ліфт', 'Лифт', 'آسانسور'),
  term('accessible-parking', 'Parkplatz für Menschen mit Behinderung', 'Accessible parking', 'Engelli otoparkı', 'موقف سيارات لذوي الإعاقة', 'Паркування для людей з інвалідністю', 'Парковка для людей с инвалидностью', 'پارکینگ ویژهٔ افراد دارای معلولیت'),
  term('tactile-guidance', 'Leitsystem für blinde Menschen', 'Tactile guidance system', 'Görme engelliler için yönlendirme yolu', 'نظام إرشاد لمسي للمكفوفين', 'Тактильна система орієнтації', 'Тактильная система ориентации', 'مسیر راهنمای لمسی برای نابینایان'),
  term('quiet-room', 'Ruhiger Raum zum Ausruhen', 'Quiet room', 'Sessiz oda', 'غرفة هادئة', 'Тиха кімната', 'Тихая комната', 'اتاق آرام'),
];

const eventFormats: TaxonomyTermInput[] = [
  term('network-meeting', 'Netzwerktreffen', 'Network meeting', 'Ağ toplantısı', 'لقاء الشبكة', 'Зустріч мережі', 'Встреча сети', 'نشست شبکه'),
  term('conference', 'Konferenz', 'Conference', 'Konferans', 'مؤتمر', 'Конференція', 'Конференция', 'کنفرانس'),
  term('working-group', 'Arbeitskreis', 'Working group', 'Çalışma grubu', 'مجموعة عمل', 'Робоча група', 'Рабочая группа', 'کارگروه'),
  term('hearing', 'Anhörung', 'Public hearing', 'Halka açık görüş alma toplantısı', 'جلسة استماع عامة', 'Громадські слухання', 'Публичные слушания', 'جلسهٔ استماع عمومی'),
  term('public-celebration', 'Öffentliches Fest', 'Public celebration', 'Halka açık kutlama', 'احتفال عام', 'Публічне свято', 'Общественный праздник', 'جشن عمومی'),
  term('workshop', 'Workshop', 'Workshop', 'Atölye çalışması', 'ورشة عمل', 'Воркшоп', 'Практический семинар', 'کارگاه'),
  term('counselling-hour', 'Sprechstunde', 'Consultation hour', 'Danışma saati', 'ساعة استشارة', 'Години консультацій', 'Часы консультаций', 'ساعت مشاوره'),
  term('course', 'Kurs', 'Course', 'Kurs', 'دورة', 'Курс', 'Курс', 'دوره'),
  term('information-evening', 'Info-Abend', 'Information evening', 'Bilgilendirme akşamı', 'أمسية إعلامية', 'Інформаційний вечір', 'Информационный вечер', 'شب اطلاع‌رسانی'),
];

const fundingKinds: TaxonomyTermInput[] = [
  term('project-grant', 'Förderung für ein Projekt', 'Project grant', 'Proje desteği', 'منحة لمشروع', 'Фінансування проєкту', 'Финансирование проекта', 'حمایت مالی از پروژه'),
  term('institutional', 'Institutionelle Förderung', 'Institutional funding', 'Kurumsal destek', 'تمويل مؤسسي', 'Інституційне фінансування', 'Институциональное финансирование', 'حمایت مالی نهادی'),
  term('structural', 'Förderung von Strukturen', 'Structural funding', 'Yapısal destek', 'تمويل هيكلي', 'Структурне фінансування', 'Структурное финансирование', 'حمایت ساختاری'),
  term('micro-grant', 'Kleine Förderung (Verfügungsfonds)', 'Micro-grant (flexible budget)', 'Küçük hibe (esnek bütçe)', 'منحة صغيرة (ميزانية مرنة)', 'Мікрогрант (гнучкий бюджет)', 'Микрогрант (гибкий бюджет)', 'کمک‌هزینهٔ کوچک (بودجهٔ منعطف)'),
  term('event-grant', 'Förderung für eine Veranstaltung', 'Event grant', 'Etkinlik desteği', 'منحة لفعالية', 'Грант на захід', 'Грант на мероприятие', 'کمک‌هزینهٔ رویداد'),
  term('room-subsidy', 'Zuschuss zur Raummiete', 'Room rent subsidy', 'Salon kirası desteği', 'دعم إيجار القاعات', 'Доплата на оренду приміщення', 'Субсидия на аренду помещения', 'یارانهٔ اجارهٔ مکان'),
  term('non-cash-rooms', 'Hilfe ohne Geld: Räume', 'Non-cash support: rooms', 'Ayni destek: mekân', 'دعم عيني: قاعات', 'Негрошова підтримка: приміщення', 'Неденежная поддержка: помещения', 'حمایت غیرنقدی: فضا'),
  term('non-cash-counselling', 'Hilfe ohne Geld: Beratung', 'Non-cash support: counselling', 'Ayni destek: danışmanlık', 'دعم عيني: استشارة', 'Негрошова підтримка: консультації', 'Неденежная поддержка: консультации', 'حمایت غیرنقدی: مشاوره'),
  term('non-cash-qualification', 'Hilfe ohne Geld: Fortbildung', 'Non-cash support: training', 'Ayni destek: eğitim', 'دعم عيني: تأهيل وتدريب', 'Негрошова підтримка: навчання', 'Неденежная поддержка: обучение', 'حمایت غیرنقدی: آموزش'),
];

const applicantKinds: TaxonomyTermInput[] = [
  term('registered-association', 'Eingetragener Verein (e.V.)', 'Registered association', 'Tescilli dernek', 'جمعية مسجّلة', 'Зареєстроване обʼєднання', 'Зарегистрированное общество', 'انجمن ثبت‌شده'),
  term('non-profit', 'Gemeinnützige Organisation', 'Non-profit organisation', 'Kâr amacı gütmeyen kuruluş', 'منظمة غير ربحية', 'Неприбуткова організація', 'Некоммерческая организация', 'سازمان غیرانتفاعی'),
  term('informal-group', 'Gruppe ohne Verein', 'Informal group', 'Resmî olmayan grup', 'مجموعة غير رسمية', 'Неформальна група', 'Неформальная группа', 'گروه غیررسمی'),
  term('migrant-organization', 'Migrantenorganisation', 'Migrant organisation', 'Göçmen örgütü', 'منظمة مهاجرين', 'Організація мігрантів', 'Организация мигрантов', 'سازمان مهاجران'),
  term('youth-welfare-provider', 'Anerkannter Träger der Jugendhilfe', 'Recognised youth-welfare provider', 'Tanınmış gençlik yardımı kuruluşu', 'جهة معترف بها لرعاية الشباب', 'Визнана організація допомоги молоді', 'Признанная организация помощи молодёжи', 'نهاد رسمی خدمات رفاهی جوانان'),
  term('individual', 'Einzelperson', 'Individual', 'Birey', 'فرد', 'Фізична особа', 'Частное лицо', 'شخص حقیقی'),
];

export const standardTaxonomies: Record<Exclude<TaxonomyName, 'areas'>, TaxonomyTermInput[]> = {
  topics,
  'organization-types': organizationTypes,
  offers,
  equipment,
  accessibility,
  'event-formats': eventFormats,
  'funding-kinds': fundingKinds,
  'applicant-kinds': applicantKinds,
};
