/**
 * Venues and bookable rooms of the demo district: town hall rooms, a district
 * centre, an intercultural centre co-financed by the district, a school room
 * for heritage-language classes on Saturdays and a community hall.
 */
import type { RoomInput, VenueInput } from '@teilhabe/contract';
import { address } from './places.js';

type Hours = RoomInput['openingHours'];

/** The same hours on each of the given ISO weekdays. */
function days(weekdays: number[], opens: string, closes: string): Hours {
  return weekdays.map((weekday) => ({ weekday, opens, closes }));
}
const MON_FRI = [1, 2, 3, 4, 5];
const MON_SAT = [1, 2, 3, 4, 5, 6];
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

const christmas = {
  from: '2026-12-24',
  to: '2027-01-01',
  reason: { de: 'Weihnachtspause', en: 'Christmas break', tr: 'Noel tatili', ar: 'عطلة عيد الميلاد' },
};
const christmasNextYear = {
  from: '2027-12-24',
  to: '2028-01-01',
  reason: { de: 'Weihnachtspause', en: 'Christmas break' },
};

const integrationOffice = {
  name: 'Integrationsbüro des Landkreises Musterkreis',
  email: 'raeume@integration.musterkreis.example.de',
  phone: '+49 2421 000900',
};

const free = (eurPerHour = 0) => [{ applicantKinds: ['migrant-organization', 'non-profit', 'registered-association'], eurPerHour }];

export const demoVenues: VenueInput[] = [
  {
    id: 'rathaus-musterstadt',
    name: 'Rathaus Musterstadt',
    address: address('musterstadt', 'Marktplatz 1', 50),
    accessibilityNote: {
      de: 'Eingang ohne Stufen an der Seite (Kirchgasse). Aufzug zu allen Etagen.',
      en: 'Step-free side entrance (Kirchgasse). Lift to all floors.',
      tr: 'Yan girişte basamak yok (Kirchgasse). Tüm katlara asansör var.',
      ar: 'مدخل جانبي بلا درج (Kirchgasse). مصعد إلى جميع الطوابق.',
    },
  },
  {
    id: 'stadtteilzentrum-neuhausen',
    name: 'Stadtteilzentrum Neuhausen',
    address: address('neuhausen', 'Kölner Straße 120', 51),
    accessibilityNote: {
      de: 'Alle Räume im Erdgeschoss, ohne Stufen erreichbar. Zwei Parkplätze für Menschen mit Behinderung vor dem Haus.',
      en: 'All rooms on the ground floor, step-free. Two accessible parking spaces in front of the building.',
    },
  },
  {
    id: 'iz-lindenberg',
    name: 'Interkulturelles Zentrum Lindenberg',
    address: address('lindenberg', 'Lindenplatz 1', 52),
    accessibilityNote: {
      de: 'Rampe am Haupteingang. Der Seminarraum im 1. Stock ist nur über eine Treppe erreichbar.',
      en: 'Ramp at the main entrance. The seminar room on the first floor can only be reached by stairs.',
      fa: 'رمپ در ورودی اصلی. اتاق سمینار در طبقهٔ اول فقط با پله قابل دسترسی است.',
    },
  },
  {
    id: 'grundschule-am-auental',
    name: 'Grundschule am Auental',
    address: address('auental', 'Auenstraße 30', 53),
    accessibilityNote: { de: 'Eingang über den Schulhof, ohne Stufen.' },
  },
  {
    id: 'buergerhaus-kirchdorf',
    name: 'Bürgerhaus Kirchdorf',
    address: address('kirchdorf', 'Dorfstraße 3', 54),
    accessibilityNote: null,
  },
];

export const demoRooms: RoomInput[] = [
  // ── Rathaus Musterstadt ──────────────────────────────────────────────────
  {
    id: 'rathaus-ratssaal',
    venueId: 'rathaus-musterstadt',
    name: 'Ratssaal',
    description: {
      de: 'Großer Saal im 1. Stock für Konferenzen, Anhörungen und Empfänge. Mit Tonanlage und Beamer.',
      en: 'Large hall on the first floor for conferences, hearings and receptions. With sound system and projector.',
      tr: 'Konferanslar, kamuoyu toplantıları ve resepsiyonlar için 1. kattaki büyük salon. Ses sistemi ve projeksiyon cihazı var.',
      ar: 'قاعة كبيرة في الطابق الأول للمؤتمرات وجلسات الاستماع والاستقبالات. مزوّدة بنظام صوتي وجهاز عرض.',
    },
    machineTranslated: ['ar'],
    capacity: 150,
    sizeSqm: 210,
    equipment: ['projector', 'screen', 'sound-system', 'tables-chairs', 'wifi', 'video-conferencing', 'flipchart'],
    accessibility: ['step-free', 'lift', 'accessible-toilet', 'hearing-loop', 'accessible-parking'],
    openingHours: [...days(MON_FRI, '08:00', '22:00'), ...days([6], '09:00', '18:00')],
    closures: [christmas, christmasNextYear],
    bookingPolicy: { needsApproval: true, minNoticeHours: 72, maxAdvanceDays: 180, maxDurationMinutes: 720, bufferMinutes: 30 },
    fees: { standardEurPerHour: 45, rules: free(10) },
    houseRules: {
      de: 'Bitte stellen Sie Tische und Stühle nach der Veranstaltung zurück. Essen nur im Foyer. Die Veranstaltung endet spätestens um 22 Uhr.',
      en: 'Please put tables and chairs back after the event. Food only in the foyer. The event must end by 10 pm at the latest.',
      tr: 'Lütfen etkinlikten sonra masa ve sandalyeleri yerine koyun. Yiyecekler yalnızca fuayede. Etkinlik en geç saat 22’de biter.',
    },
    contactOffice: integrationOffice,
  },
  {
    id: 'rathaus-sitzungszimmer',
    venueId: 'rathaus-musterstadt',
    name: 'Sitzungszimmer 2.14',
    description: {
      de: 'Heller Besprechungsraum für Vorstandssitzungen und kleine Arbeitsgruppen.',
      en: 'Bright meeting room for board meetings and small working groups.',
      ar: 'قاعة اجتماعات مضيئة لاجتماعات مجالس الإدارة ومجموعات العمل الصغيرة.',
    },
    capacity: 16,
    sizeSqm: 35,
    equipment: ['whiteboard', 'flipchart', 'wifi', 'tables-chairs', 'video-conferencing'],
    accessibility: ['step-free', 'lift', 'accessible-toilet'],
    openingHours: days(MON_FRI, '08:00', '22:00'),
    closures: [christmas],
    bookingPolicy: { needsApproval: false, minNoticeHours: 24, maxAdvanceDays: 90, maxDurationMinutes: 240, bufferMinutes: 15 },
    fees: { standardEurPerHour: 12, rules: free() },
    houseRules: {
      de: 'Der Schlüssel liegt an der Pforte. Bitte lüften Sie nach der Sitzung und schließen Sie die Fenster.',
      en: 'The key is at the reception desk. Please air the room after the meeting and close the windows.',
    },
    contactOffice: integrationOffice,
  },
  {
    id: 'rathaus-besprechungsraum-integrationsbuero',
    venueId: 'rathaus-musterstadt',
    name: 'Besprechungsraum im Integrationsbüro',
    description: {
      de: 'Kleiner Raum für Beratungsgespräche und Sprechstunden, direkt neben dem Integrationsbüro.',
      en: 'Small room for counselling sessions and consultation hours, right next to the integration office.',
    },
    capacity: 8,
    sizeSqm: 18,
    equipment: ['tables-chairs', 'wifi', 'whiteboard'],
    accessibility: ['step-free', 'lift', 'accessible-toilet', 'quiet-room'],
    openingHours: days(MON_FRI, '08:00', '20:00'),
    closures: [christmas],
    bookingPolicy: { needsApproval: true, minNoticeHours: 24, maxAdvanceDays: 90, maxDurationMinutes: 180, bufferMinutes: 0 },
    fees: { standardEurPerHour: 0, rules: [] },
    houseRules: {
      de: 'Der Raum ist für vertrauliche Gespräche gedacht. Bitte keine Veranstaltungen mit Publikum.',
      en: 'The room is meant for confidential conversations. Please no events with an audience.',
    },
    contactOffice: integrationOffice,
  },

  // ── Stadtteilzentrum Neuhausen ────────────────────────────────────────────
  {
    id: 'stz-neuhausen-saal',
    venueId: 'stadtteilzentrum-neuhausen',
    name: 'Großer Saal',
    description: {
      de: 'Saal mit Bühne, Klavier und großer Küche. Gut für Feste, Iftar-Abende und Konzerte.',
      en: 'Hall with a stage, piano and large kitchen. Good for festivals, iftar evenings and concerts.',
      tr: 'Sahne, piyano ve büyük mutfaklı salon. Şenlikler, iftar akşamları ve konserler için uygun.',
      ar: 'قاعة مع مسرح وبيانو ومطبخ كبير. مناسبة للاحتفالات وأمسيات الإفطار والحفلات الموسيقية.',
      uk: 'Зала зі сценою, піаніно та великою кухнею. Підходить для свят, вечорів іфтару та концертів.',
    },
    capacity: 120,
    sizeSqm: 180,
    equipment: ['kitchen', 'sound-system', 'piano', 'tables-chairs', 'projector', 'screen', 'wifi'],
    accessibility: ['step-free', 'accessible-toilet', 'accessible-parking'],
    openingHours: [...days(MON_SAT, '09:00', '22:00'), ...days([7], '10:00', '22:00')],
    closures: [christmas, christmasNextYear],
    bookingPolicy: { needsApproval: true, minNoticeHours: 72, maxAdvanceDays: 180, maxDurationMinutes: 600, bufferMinutes: 30 },
    fees: { standardEurPerHour: 35, rules: free(8) },
    houseRules: {
      de: 'Die Küche bitte sauber hinterlassen. Musik ab 22 Uhr nur noch leise. Kein offenes Feuer.',
      en: 'Please leave the kitchen clean. Music only quietly after 10 pm. No open fire.',
      tr: 'Lütfen mutfağı temiz bırakın. Saat 22’den sonra müzik yalnızca alçak sesle. Açık ateş yasaktır.',
      ar: 'يرجى ترك المطبخ نظيفاً. الموسيقى بصوت منخفض فقط بعد الساعة 22. يُمنع إشعال النار.',
    },
    contactOffice: { name: 'Stadtteilbüro Neuhausen', email: 'stz-neuhausen@example.de', phone: '+49 2421 000910' },
  },
  {
    id: 'stz-neuhausen-gruppenraum',
    venueId: 'stadtteilzentrum-neuhausen',
    name: 'Gruppenraum 1',
    description: {
      de: 'Gruppenraum mit Spielecke für Kinder. Für Elternseminare, Kurse und Vereinssitzungen.',
      en: 'Group room with a children’s play corner. For parents’ seminars, courses and association meetings.',
    },
    capacity: 20,
    sizeSqm: 40,
    equipment: ['flipchart', 'moderation-kit', 'childcare-corner', 'tables-chairs', 'wifi'],
    accessibility: ['step-free', 'accessible-toilet'],
    openingHours: days(ALL_WEEK, '09:00', '22:00'),
    closures: [christmas],
    bookingPolicy: { needsApproval: false, minNoticeHours: 24, maxAdvanceDays: 120, maxDurationMinutes: 300, bufferMinutes: 15 },
    fees: { standardEurPerHour: 10, rules: free() },
    houseRules: {
      de: 'Spielsachen nach Gebrauch bitte wegräumen. Der Raum muss um 22 Uhr leer sein.',
      en: 'Please tidy away toys after use. The room must be empty by 10 pm.',
    },
    contactOffice: { name: 'Stadtteilbüro Neuhausen', email: 'stz-neuhausen@example.de', phone: '+49 2421 000910' },
  },
  {
    id: 'stz-neuhausen-lernkueche',
    venueId: 'stadtteilzentrum-neuhausen',
    name: 'Lernküche',
    description: {
      de: 'Küche mit vier Kochinseln für Kochkurse und gemeinsames Kochen.',
      en: 'Kitchen with four cooking islands for cooking classes and cooking together.',
    },
    capacity: 14,
    sizeSqm: 45,
    equipment: ['kitchen', 'tables-chairs'],
    accessibility: ['step-free'],
    openingHours: days(MON_SAT, '09:00', '22:00'),
    closures: [christmas],
    bookingPolicy: { needsApproval: true, minNoticeHours: 48, maxAdvanceDays: 90, maxDurationMinutes: 300, bufferMinutes: 30 },
    fees: { standardEurPerHour: 15, rules: [{ applicantKinds: ['migrant-organization', 'non-profit'], eurPerHour: 5 }] },
    houseRules: {
      de: 'Lebensmittel bringen Sie bitte selbst mit. Geräte nach dem Kochen reinigen.',
      en: 'Please bring your own food. Clean the appliances after cooking.',
    },
    contactOffice: { name: 'Stadtteilbüro Neuhausen', email: 'stz-neuhausen@example.de', phone: '+49 2421 000910' },
  },

  // ── Interkulturelles Zentrum Lindenberg ───────────────────────────────────
  {
    id: 'iz-lindenberg-begegnungsraum',
    venueId: 'iz-lindenberg',
    name: 'Begegnungsraum',
    description: {
      de: 'Raum vor allem für Migrantenorganisationen. Mehrere Vereine teilen sich den Raum. Mit Teeküche.',
      en: 'A room mainly for migrant organisations, shared by several associations. With a kitchenette.',
      fa: 'فضایی عمدتاً برای سازمان‌های مهاجران که چند انجمن به‌طور مشترک از آن استفاده می‌کنند. با آشپزخانهٔ کوچک.',
      ar: 'قاعة مخصّصة أساساً لمنظمات المهاجرين، تتشاركها عدة جمعيات. مع مطبخ صغير.',
    },
    machineTranslated: ['fa'],
    capacity: 60,
    sizeSqm: 95,
    equipment: ['kitchen', 'projector', 'screen', 'tables-chairs', 'wifi', 'sound-system', 'childcare-corner'],
    accessibility: ['step-free', 'accessible-toilet', 'hearing-loop'],
    openingHours: days(ALL_WEEK, '10:00', '22:00'),
    closures: [christmas],
    bookingPolicy: { needsApproval: true, minNoticeHours: 48, maxAdvanceDays: 120, maxDurationMinutes: 480, bufferMinutes: 15 },
    fees: { standardEurPerHour: 20, rules: free() },
    houseRules: {
      de: 'Der Raum wird von vielen Vereinen genutzt. Bitte räumen Sie gemeinsam auf und lassen Sie nichts stehen.',
      en: 'Many associations use this room. Please tidy up together and leave nothing behind.',
      ar: 'تستخدم جمعيات كثيرة هذه القاعة. يرجى الترتيب معاً وعدم ترك أي شيء.',
    },
    contactOffice: { name: 'Interkulturelles Zentrum Lindenberg', email: 'iz-lindenberg@example.de', phone: '+49 2421 000920' },
  },
  {
    id: 'iz-lindenberg-seminarraum',
    venueId: 'iz-lindenberg',
    name: 'Seminarraum',
    description: {
      de: 'Seminarraum im 1. Stock für Kurse und Workshops. Nur über eine Treppe erreichbar.',
      en: 'Seminar room on the first floor for courses and workshops. Only reachable by stairs.',
    },
    capacity: 25,
    sizeSqm: 50,
    equipment: ['projector', 'screen', 'whiteboard', 'flipchart', 'moderation-kit', 'tables-chairs', 'wifi'],
    accessibility: [],
    openingHours: days(MON_SAT, '09:00', '22:00'),
    closures: [christmas],
    bookingPolicy: { needsApproval: true, minNoticeHours: 48, maxAdvanceDays: 120, maxDurationMinutes: 480, bufferMinutes: 15 },
    fees: { standardEurPerHour: 15, rules: free(5) },
    houseRules: {
      de: 'Bitte den Beamer nach Gebrauch ausschalten. Keine Speisen im Seminarraum.',
      en: 'Please switch the projector off after use. No food in the seminar room.',
    },
    contactOffice: { name: 'Interkulturelles Zentrum Lindenberg', email: 'iz-lindenberg@example.de', phone: '+49 2421 000920' },
  },
  {
    id: 'iz-lindenberg-vereinsbuero',
    venueId: 'iz-lindenberg',
    name: 'Gemeinsames Vereinsbüro',
    description: {
      de: 'Kleines Büro mit Computer und Drucker für Vereine ohne eigene Räume. Für Vorstandsarbeit und Beratung.',
      en: 'Small office with a computer and printer for associations without rooms of their own. For board work and counselling.',
    },
    capacity: 10,
    sizeSqm: 22,
    equipment: ['wifi', 'tables-chairs', 'whiteboard', 'video-conferencing'],
    accessibility: ['step-free', 'accessible-toilet', 'quiet-room'],
    openingHours: days(ALL_WEEK, '08:00', '22:00'),
    closures: [christmas],
    bookingPolicy: { needsApproval: false, minNoticeHours: 24, maxAdvanceDays: 90, maxDurationMinutes: 240, bufferMinutes: 0 },
    fees: { standardEurPerHour: 5, rules: free() },
    houseRules: {
      de: 'Drucken bis 50 Seiten ist frei. Bitte melden Sie sich am Ende im Buch ab.',
      en: 'Printing up to 50 pages is free. Please sign out in the book when you leave.',
    },
    contactOffice: { name: 'Interkulturelles Zentrum Lindenberg', email: 'iz-lindenberg@example.de', phone: '+49 2421 000920' },
  },

  // ── Grundschule am Auental ────────────────────────────────────────────────
  {
    id: 'gs-auental-klassenraum',
    venueId: 'grundschule-am-auental',
    name: 'Klassenraum 1a',
    description: {
      de: 'Klassenraum für herkunftssprachlichen Unterricht. Nur am Samstagvormittag frei.',
      en: 'Classroom for heritage-language classes. Only available on Saturday mornings.',
      uk: 'Класна кімната для уроків рідної мови. Доступна лише в суботу зранку.',
      ar: 'صف دراسي لدروس لغة الأصل. متاح فقط صباح يوم السبت.',
    },
    capacity: 28,
    sizeSqm: 60,
    equipment: ['whiteboard', 'tables-chairs', 'projector'],
    accessibility: ['step-free'],
    openingHours: days([6], '08:00', '14:00'),
    closures: [
      { from: '2026-12-23', to: '2027-01-06', reason: { de: 'Weihnachtsferien', en: 'Christmas school holidays' } },
      { from: '2027-03-22', to: '2027-04-03', reason: { de: 'Osterferien', en: 'Easter school holidays' } },
      { from: '2027-07-19', to: '2027-08-31', reason: { de: 'Sommerferien', en: 'Summer school holidays' } },
    ],
    bookingPolicy: { needsApproval: true, minNoticeHours: 72, maxAdvanceDays: 180, maxDurationMinutes: 360, bufferMinutes: 15 },
    fees: { standardEurPerHour: 0, rules: [] },
    houseRules: {
      de: 'Die Sachen der Schulkinder bitte nicht benutzen. Tafel wischen und Stühle hochstellen.',
      en: 'Please do not use the pupils’ things. Wipe the board and put the chairs up.',
      uk: 'Будь ласка, не користуйтеся речами учнів. Витріть дошку та поставте стільці на парти.',
    },
    contactOffice: { name: 'Schulverwaltungsamt Musterkreis', email: 'schulraeume@musterkreis.example.de', phone: '+49 2421 000930' },
  },

  // ── Bürgerhaus Kirchdorf ──────────────────────────────────────────────────
  {
    id: 'buergerhaus-kirchdorf-saal',
    venueId: 'buergerhaus-kirchdorf',
    name: 'Saal',
    description: {
      de: 'Saal für Feste, Regionaltreffen und Versammlungen. Tische für 100 Personen.',
      en: 'Hall for festivals, regional meetings and assemblies. Tables for 100 people.',
    },
    capacity: 100,
    sizeSqm: 150,
    equipment: ['tables-chairs', 'sound-system', 'kitchen', 'projector', 'screen'],
    accessibility: ['step-free', 'accessible-toilet'],
    openingHours: days(ALL_WEEK, '10:00', '22:00'),
    closures: [
      christmas,
      { from: '2027-04-12', to: '2027-04-25', reason: { de: 'Neuer Boden wird verlegt', en: 'New floor being laid' } },
    ],
    bookingPolicy: { needsApproval: true, minNoticeHours: 72, maxAdvanceDays: 150, maxDurationMinutes: 720, bufferMinutes: 30 },
    fees: { standardEurPerHour: 30, rules: [{ applicantKinds: ['migrant-organization', 'registered-association'], eurPerHour: 12 }, { applicantKinds: ['informal-group'], eurPerHour: 15 }] },
    houseRules: {
      de: 'Nach 22 Uhr ist Nachtruhe im Dorf. Müll bitte trennen und mitnehmen.',
      en: 'After 10 pm the village is quiet. Please separate your rubbish and take it with you.',
    },
    contactOffice: { name: 'Gemeindeverwaltung Kirchdorf', email: 'buergerhaus@kirchdorf.example.de', phone: '+49 2421 000940' },
  },
  {
    id: 'buergerhaus-kirchdorf-clubraum',
    venueId: 'buergerhaus-kirchdorf',
    name: 'Clubraum',
    description: {
      de: 'Gemütlicher Raum im Erdgeschoss für Gruppen, Chöre und Elternabende.',
      en: 'Cosy room on the ground floor for groups, choirs and parents’ evenings.',
      ru: 'Уютная комната на первом этаже для групп, хоров и родительских вечеров.',
    },
    capacity: 30,
    sizeSqm: 55,
    equipment: ['piano', 'tables-chairs', 'flipchart', 'wifi'],
    accessibility: ['step-free', 'accessible-toilet'],
    openingHours: days(MON_SAT, '09:00', '22:00'),
    closures: [christmas],
    bookingPolicy: { needsApproval: true, minNoticeHours: 48, maxAdvanceDays: 90, maxDurationMinutes: 360, bufferMinutes: 15 },
    fees: { standardEurPerHour: 12, rules: [{ applicantKinds: ['migrant-organization', 'non-profit'], eurPerHour: 6 }] },
    houseRules: {
      de: 'Das Klavier bitte nicht verschieben. Der Schlüssel wird beim Hausmeister abgeholt.',
      en: 'Please do not move the piano. Pick up the key from the caretaker.',
    },
    contactOffice: { name: 'Gemeindeverwaltung Kirchdorf', email: 'buergerhaus@kirchdorf.example.de', phone: '+49 2421 000940' },
  },
];

/** True if the room is closed on the given local date (YYYY-MM-DD). */
export function isRoomClosed(roomId: string, date: string): boolean {
  const room = demoRooms.find((r) => r.id === roomId);
  return (room?.closures ?? []).some((c) => c.from <= date && date <= c.to);
}

/** Opening hours of a room on an ISO weekday, or undefined when it is closed that day. */
export function roomHoursOn(roomId: string, isoWeekday: number): { opens: string; closes: string } | undefined {
  return demoRooms.find((r) => r.id === roomId)?.openingHours.find((h) => h.weekday === isoWeekday);
}
