/**
 * Events and confirmed room bookings of the demo district. Every date is
 * computed from `today`, so the demo never goes stale: the events cover the
 * three months after `today`, in Europe/Berlin local time.
 */
import type { EventInput } from '@teilhabe/contract';
import { address } from './places.js';
import { demoRooms, isRoomClosed, roomHoursOn } from './rooms.js';
import {
  type LocalDay,
  RRULE_DAYS,
  addDays,
  berlinDay,
  dateString,
  expandRule,
  isoWeekday,
  lastWeekdayOfMonth,
  localIso,
  minutes,
  nextWeekday,
  nthWeekdayOfMonth,
  untilValue,
  wallClock,
} from './time.js';

type Organizer = EventInput['organizers'][number];
type Location = EventInput['location'];

/** The municipal office that organises or co-organises many events. */
export const OFFICE: Organizer = { kind: 'office', name: 'Integrationsbüro des Landkreises' };
const org = (id: string): Organizer => ({ kind: 'organization', id });
const room = (roomId: string): Location => ({ kind: 'room', roomId });
const online = (slug: string): Location => ({ kind: 'online', onlineUrl: `https://meet.example.org/${slug}` });
const hybrid = (roomId: string, slug: string): Location => ({ kind: 'hybrid', roomId, onlineUrl: `https://meet.example.org/${slug}` });

const MON = 1, TUE = 2, WED = 3, THU = 4, FRI = 5, SAT = 6, SUN = 7;

/** A confirmed booking of a demo room (seeded so that availability looks realistic). */
export interface DemoBooking {
  roomId: string;
  start: string;
  end: string;
  purpose: string;
}

/**
 * Date helpers bound to one `today`. They also keep a plan of every room: a
 * single event in a room moves on by a week while the room is closed or
 * already taken; a series leaves out (EXDATE) the dates on which the room is
 * closed or taken. Bookings are placed after the events with the same plan.
 */
function calendar(today: Date) {
  const base = berlinDay(today);
  const plan = new Map<string, Array<[start: number, end: number]>>();

  /** The first `weekday` on or after `offset` days from today. */
  const on = (offset: number, weekday: number): LocalDay => nextWeekday(addDays(base, offset), weekday);

  /** Whether the room is open on that day for the whole time and not taken (with its buffer). */
  const free = (roomId: string, day: LocalDay, from: string, to: string): boolean => {
    if (isRoomClosed(roomId, dateString(day))) return false;
    const hours = roomHoursOn(roomId, isoWeekday(day));
    if (!hours || minutes(from) < minutes(hours.opens) || minutes(to) > minutes(hours.closes)) return false;
    const start = Date.parse(localIso(day, from));
    const end = Date.parse(localIso(day, to));
    const buffer = roomBuffer(roomId) * 60_000;
    return (plan.get(roomId) ?? []).every(([s, e]) => start >= e + buffer || end + buffer <= s);
  };

  const reserve = (roomId: string, day: LocalDay, from: string, to: string) => {
    const list = plan.get(roomId) ?? [];
    list.push([Date.parse(localIso(day, from)), Date.parse(localIso(day, to))]);
    plan.set(roomId, list);
  };

  /** The first day from `day` on, in steps of a week, on which the room is free. */
  const freeDay = (day: LocalDay, from: string, to: string, roomId?: string): LocalDay => {
    if (!roomId) return day;
    let d = day;
    for (let i = 0; !free(roomId, d, from, to); i++) {
      if (i > 20) throw new Error(`demo data: no free slot in ${roomId} from ${dateString(day)} ${from}-${to}`);
      d = addDays(d, 7);
    }
    return d;
  };

  /** A single event (or booking); in a room it moves to the next free week and reserves the room. */
  const once = (day: LocalDay, from: string, to: string, roomId?: string) => {
    const d = freeDay(day, from, to, roomId);
    if (roomId) reserve(roomId, d, from, to);
    return { start: localIso(d, from), end: localIso(d, to) };
  };

  /** From one day to the other, both inclusive, as an all-day event (end = midnight after the last day). */
  const allDays = (first: LocalDay, last: LocalDay) => ({
    start: localIso(first, '00:00'),
    end: localIso(addDays(last, 1), '00:00'),
    allDay: true,
  });

  /** A weekly series starting on `day`, or a week later while the room is not free on it. */
  const weekly = (day: LocalDay, from: string, to: string, rule: string, opts: { roomId?: string; skip?: number[] } = {}) =>
    series(freeDay(day, from, to, opts.roomId), from, to, rule, opts);

  /**
   * A series whose first date is `day` (a real occurrence of the rule).
   * `skip` lists occurrence indexes that do not take place; in a room, the
   * dates on which it is closed or taken are left out too.
   */
  const series = (day: LocalDay, from: string, to: string, rule: string, opts: { roomId?: string; skip?: number[] } = {}) => {
    const start = localIso(day, from);
    const exdates: string[] = [];
    expandRule(rule, start).forEach((iso, i) => {
      const d = wallClock(iso).day;
      if ((opts.skip ?? []).includes(i)) exdates.push(iso);
      else if (opts.roomId !== undefined) {
        if (free(opts.roomId, d, from, to)) reserve(opts.roomId, d, from, to);
        else exdates.push(iso);
      }
    });
    return { start, end: localIso(day, to), recurrence: { rrule: rule, exdates } };
  };

  /** The n-th weekday of the month, the first one on or after `offset` days from today (n = -1: the last). */
  const monthly = (offset: number, weekday: number, n: number): LocalDay => {
    const from = addDays(base, offset);
    const pick = (y: number, m: number) => (n === -1 ? lastWeekdayOfMonth(y, m, weekday) : nthWeekdayOfMonth(y, m, weekday, n));
    const here = pick(from.y, from.m);
    return dateString(here) >= dateString(from) ? here : pick(from.y, from.m + 1);
  };

  /**
   * A monthly series on the n-th weekday (n = -1: the last) from `offset` days
   * on, with as many dates as fit into the next ~three months: written with
   * COUNT or with UNTIL.
   */
  const monthlySeries = (
    offset: number,
    weekday: number,
    n: number,
    from: string,
    to: string,
    form: 'count' | 'until',
    opts: { roomId?: string; skip?: number[] } = {},
  ) => {
    const day = monthly(offset, weekday, n);
    const rule = `FREQ=MONTHLY;BYDAY=${n}${RRULE_DAYS[weekday]}`;
    const until = `${rule};UNTIL=${untilValue(addDays(base, 88))}`;
    if (form === 'until') return series(day, from, to, until, opts);
    const count = Math.max(1, expandRule(until, localIso(day, from)).length);
    return series(day, from, to, `${rule};COUNT=${count}`, opts);
  };

  /** A registration deadline `days` before a start, at 23:59 local time. */
  const deadline = (startIso: string, days: number) => localIso(addDays(wallClock(startIso).day, -days), '23:59');

  return { base, on, once, allDays, weekly, series, monthlySeries, deadline };
}

type Calendar = ReturnType<typeof calendar>;

function roomBuffer(roomId: string): number {
  return demoRooms.find((r) => r.id === roomId)?.bookingPolicy.bufferMinutes ?? 0;
}

/** Events and bookings of one `today`, planned together so that they never collide in a room. */
function plan(today: Date): { events: EventInput[]; bookings: DemoBooking[] } {
  const cal = calendar(today);
  const events = eventsOf(cal);
  return { events, bookings: bookingsOf(cal) };
}

/** At least 60 events in the three months after `today`, in Europe/Berlin local time. */
export function demoEvents(today: Date): EventInput[] {
  return plan(today).events;
}

/**
 * About ten confirmed bookings in the coming weeks, each inside the room's
 * opening hours, outside its closures, and clear of each other and of the
 * demo events in the same room (including the room's buffer time).
 */
export function demoBookings(today: Date): DemoBooking[] {
  return plan(today).bookings;
}

function eventsOf({ base, on, once, allDays, weekly, monthlySeries, deadline }: Calendar): EventInput[] {

  const netzwerk = monthlySeries(3, WED, 1, '18:30', '21:00', 'count', { roomId: 'rathaus-ratssaal' });
  const anhoerung = once(on(24, TUE), '17:30', '20:30', 'rathaus-ratssaal');
  const regionaltreffen = once(on(45, SAT), '10:00', '16:00', 'buergerhaus-kirchdorf-saal');
  const konferenz = once(on(66, FRI), '09:30', '17:00', 'rathaus-ratssaal');
  const fachtag = once(on(52, THU), '09:00', '16:00');
  const turnier = once(on(38, SAT), '10:00', '18:00');
  const iftar = once(on(70, SAT), '17:00', '21:30', 'stz-neuhausen-saal');
  // The intercultural week keeps clear of the Christmas and New Year holidays (18 Dec – 6 Jan).
  const inHolidays = (d: LocalDay) => {
    const md = dateString(d).slice(5);
    return md >= '12-18' || md <= '01-06';
  };
  let iwStart = on(33, SUN);
  while ([0, 1, 2, 3, 4, 5, 6].some((i) => inHolidays(addDays(iwStart, i)))) iwStart = addDays(iwStart, 7);
  const foerderSprechstundeStart = on(1, THU);
  const deutschkurs = weekly(on(2, TUE), '09:30', '12:00', 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=20', { roomId: 'iz-lindenberg-seminarraum', skip: [7] });
  const elternseminarStart = on(5, THU);
  const vereinsgruendung = once(on(44, SAT), '10:00', '15:00', 'iz-lindenberg-seminarraum');
  const erstehilfe = once(on(29, SAT), '09:00', '16:00', 'buergerhaus-kirchdorf-clubraum');
  const sprachmittlerKurs = weekly(on(9, SAT), '10:00', '16:00', 'FREQ=WEEKLY;BYDAY=SA;COUNT=4', { roomId: 'iz-lindenberg-seminarraum' });

  const events: EventInput[] = [
    // ── Network and participation ──────────────────────────────────────────
    {
      id: 'netzwerktreffen-migrantenorganisationen',
      title: {
        de: 'Netzwerktreffen der Migrantenorganisationen',
        en: 'Network meeting of migrant organisations',
        tr: 'Göçmen örgütleri ağ toplantısı',
        ar: 'لقاء شبكة منظمات المهاجرين',
        uk: 'Зустріч мережі організацій мігрантів',
        ru: 'Встреча сети организаций мигрантов',
        fa: 'نشست شبکهٔ سازمان‌های مهاجران',
      },
      summary: {
        de: 'Monatliches Treffen aller Vereine mit fester Tagesordnung und Protokoll. Auch online möglich.',
        en: 'Monthly meeting of all associations with a fixed agenda and minutes. You can also join online.',
        tr: 'Tüm derneklerin sabit gündem ve tutanakla aylık toplantısı. Çevrim içi katılım da mümkün.',
        ar: 'لقاء شهري لجميع الجمعيات بجدول أعمال ثابت ومحضر. يمكن المشاركة عبر الإنترنت أيضاً.',
        uk: 'Щомісячна зустріч усіх обʼєднань із чітким порядком денним і протоколом. Можна долучитися онлайн.',
      },
      description: {
        de: 'Beim Netzwerktreffen berichten die Vereine von ihren Projekten. Das Integrationsbüro informiert über neue Förderprogramme und freie Räume. Die Tagesordnung kommt eine Woche vorher per E-Mail. Es gibt Getränke und einen kleinen Imbiss.',
        en: 'At the network meeting the associations report on their projects. The integration office informs about new funding programmes and free rooms. The agenda is sent by e-mail one week before. Drinks and snacks are provided.',
        tr: 'Ağ toplantısında dernekler projelerini anlatır. Uyum bürosu yeni destek programları ve boş salonlar hakkında bilgi verir. Gündem bir hafta önce e-postayla gönderilir.',
        ar: 'في لقاء الشبكة تعرض الجمعيات مشاريعها. ويقدّم مكتب الاندماج معلومات عن برامج التمويل الجديدة والقاعات المتاحة. يُرسل جدول الأعمال بالبريد الإلكتروني قبل أسبوع.',
      },
      machineTranslated: ['uk', 'ru', 'fa'],
      ...netzwerk,
      location: hybrid('rathaus-ratssaal', 'netzwerktreffen-mo'),
      organizers: [OFFICE, org('netzwerk-mo-musterkreis')],
      cooperation: 'joint',
      format: 'network-meeting',
      topics: ['association-support', 'society-politics', 'intercultural-opening'],
      languages: ['de'],
      areas: ['musterstadt', 'neuhausen', 'lindenberg', 'bergheim-ost', 'auental', 'kirchdorf', 'waldbach', 'rosenthal'],
      audience: { de: 'Vorstände und Aktive von Migrantenorganisationen', en: 'Board members and volunteers of migrant organisations' },
      accessibilityNotes: { de: 'Induktive Höranlage im Saal. Eingang ohne Stufen über die Kirchgasse.', en: 'Hearing loop in the hall. Step-free entrance via Kirchgasse.' },
    },
    {
      id: 'netzwerktreffen-forum-lindenberg',
      title: { de: 'Treffen des Forums Interkultureller Vereine', en: 'Meeting of the Forum of Intercultural Associations' },
      summary: { de: 'Die Mitglieder des Forums planen gemeinsame Feste und die Nutzung der Räume.', en: 'Forum members plan joint festivals and the use of the rooms.' },
      description: {
        de: 'Das Forum trifft sich am letzten Montag im Monat. Wir sprechen über den Raumplan im Interkulturellen Zentrum und über die Interkulturelle Woche. Gäste aus anderen Vereinen sind willkommen.',
        en: 'The forum meets on the last Monday of the month. We discuss the room schedule in the intercultural centre and the intercultural week. Guests from other associations are welcome.',
      },
      ...monthlySeries(0, MON, -1, '19:00', '21:00', 'until', { roomId: 'iz-lindenberg-begegnungsraum' }),
      location: room('iz-lindenberg-begegnungsraum'),
      organizers: [org('forum-interkulturelle-vereine-lindenberg')],
      format: 'network-meeting',
      topics: ['association-support', 'culture-intercultural'],
      languages: ['de'],
      areas: ['lindenberg', 'auental', 'kirchdorf'],
    },
    {
      id: 'arbeitskreis-antirassismus',
      title: { de: 'Arbeitskreis Antirassismus', en: 'Anti-racism working group', tr: 'Irkçılık karşıtı çalışma grubu', ar: 'مجموعة العمل لمناهضة العنصرية' },
      summary: {
        de: 'Vereine, Verwaltung und Beratungsstellen sprechen über Rassismus im Landkreis und planen Aktionen.',
        en: 'Associations, administration and counselling services talk about racism in the district and plan actions.',
      },
      description: {
        de: 'Der Arbeitskreis trifft sich online am zweiten Dienstag im Monat. Wir sammeln Erfahrungen mit Diskriminierung und planen die Wochen gegen Rassismus im März. Neue Mitglieder melden sich bitte vorher beim Integrationsbüro.',
        en: 'The working group meets online on the second Tuesday of the month. We collect experiences of discrimination and plan the weeks against racism in March. New members please contact the integration office first.',
      },
      ...monthlySeries(0, TUE, 2, '18:00', '19:30', 'count'),
      location: online('ak-antirassismus'),
      organizers: [OFFICE, org('neue-stimmen-jugendnetzwerk'), org('demokratie-werkstatt-musterkreis')],
      cooperation: 'joint',
      format: 'working-group',
      topics: ['anti-racism-democracy', 'society-politics'],
      languages: ['de', 'en'],
      areas: ['musterstadt', 'neuhausen', 'rosenthal'],
    },
    {
      id: 'arbeitskreis-interkulturelle-oeffnung',
      title: { de: 'Arbeitskreis Interkulturelle Öffnung der Verwaltung', en: 'Working group on intercultural opening of the administration' },
      summary: { de: 'Verwaltung und Migrantenorganisationen arbeiten an mehrsprachigen Formularen und Schulungen.', en: 'Administration and migrant organisations work on multilingual forms and training.' },
      description: {
        de: 'Im Arbeitskreis sitzen Fachleute aus Jugendamt, Jobcenter, Ausländerbehörde und Vereinen. Dieses Quartal geht es um mehrsprachige Briefe in Leichter Sprache.',
        en: 'Experts from the youth office, the job centre, the immigration office and associations sit on the working group. This quarter the topic is multilingual letters in easy-read language.',
      },
      ...monthlySeries(0, THU, 3, '14:00', '16:00', 'count', { roomId: 'rathaus-sitzungszimmer' }),
      location: room('rathaus-sitzungszimmer'),
      organizers: [OFFICE],
      cooperation: 'municipal-with-mo',
      format: 'working-group',
      topics: ['intercultural-opening', 'multilingualism'],
      languages: ['de'],
      areas: ['musterstadt'],
    },
    {
      id: 'anhoerung-integrationskonzept',
      title: {
        de: 'Anhörung zum Integrationskonzept des Landkreises',
        en: 'Public hearing on the district’s integration strategy',
        tr: 'İlçenin uyum konsepti hakkında halka açık toplantı',
        ar: 'جلسة استماع حول مفهوم الاندماج في المقاطعة',
        uk: 'Громадські слухання щодо концепції інтеграції округу',
      },
      summary: {
        de: 'Sagen Sie Ihre Meinung zum neuen Integrationskonzept. Der Kreistag entscheidet im Frühjahr.',
        en: 'Give your view on the new integration strategy. The district council decides in spring.',
        tr: 'Yeni uyum konsepti hakkındaki görüşünüzü söyleyin. İlçe meclisi baharda karar verecek.',
        ar: 'شاركوا برأيكم في مفهوم الاندماج الجديد. يقرّر مجلس المقاطعة في الربيع.',
        uk: 'Висловіть свою думку щодо нової концепції інтеграції. Окружна рада ухвалить рішення навесні.',
      },
      description: {
        de: 'Der Entwurf des Integrationskonzepts ist fertig. Bei der Anhörung stellen wir die wichtigsten Ziele vor. Danach können alle Fragen stellen und Vorschläge machen. Dolmetscherinnen für Arabisch, Türkisch, Ukrainisch und Farsi sind da.',
        en: 'The draft integration strategy is ready. At the hearing we present the main goals. Then everyone can ask questions and make suggestions. Interpreters for Arabic, Turkish, Ukrainian and Farsi are present.',
        tr: 'Uyum konseptinin taslağı hazır. Toplantıda en önemli hedefleri sunuyoruz. Ardından herkes soru sorabilir ve öneride bulunabilir. Arapça, Türkçe, Ukraynaca ve Farsça tercümanlar hazır bulunacak.',
        ar: 'مسودة مفهوم الاندماج جاهزة. نعرض في الجلسة أهم الأهداف. بعد ذلك يمكن للجميع طرح الأسئلة وتقديم الاقتراحات. يتوفر مترجمون للعربية والتركية والأوكرانية والفارسية.',
        uk: 'Проєкт концепції інтеграції готовий. На слуханнях ми представимо головні цілі. Після цього кожен зможе поставити запитання та внести пропозиції. Будуть перекладачі арабської, турецької, української та фарсі.',
      },
      machineTranslated: ['uk'],
      ...anhoerung,
      location: room('rathaus-ratssaal'),
      organizers: [OFFICE],
      cooperation: 'municipal-with-mo',
      format: 'hearing',
      topics: ['society-politics', 'intercultural-opening'],
      languages: ['de', 'ar', 'tr', 'uk', 'fa'],
      areas: ['musterstadt', 'neuhausen', 'lindenberg', 'bergheim-ost', 'auental', 'kirchdorf', 'waldbach', 'rosenthal'],
      registration: { required: true, email: 'anhoerung@integration.musterkreis.example.de', deadline: deadline(anhoerung.start, 5), capacity: 140 },
      accessibilityNotes: { de: 'Induktive Höranlage. Gebärdensprachdolmetschung auf Anfrage bis eine Woche vorher.', en: 'Hearing loop. Sign language interpreting on request up to one week before.' },
    },
    {
      id: 'info-kandidatur-integrationsrat',
      title: { de: 'Info-Abend: Kandidieren für den Integrationsrat', en: 'Information evening: standing for the integration council' },
      summary: { de: 'Wer kann gewählt werden? Was macht der Integrationsrat? Wir erklären es einfach.', en: 'Who can be elected? What does the integration council do? We explain it simply.' },
      description: {
        de: 'Im Frühjahr wird der Integrationsrat gewählt. Wir erklären, wer kandidieren darf und wie eine Liste aufgestellt wird. Sie können vor Ort oder online teilnehmen.',
        en: 'The integration council will be elected in spring. We explain who may stand and how a list is drawn up. You can take part on site or online.',
      },
      ...once(on(31, WED), '18:00', '20:00', 'rathaus-sitzungszimmer'),
      location: hybrid('rathaus-sitzungszimmer', 'kandidatur-integrationsrat'),
      organizers: [OFFICE, org('demokratie-werkstatt-musterkreis')],
      cooperation: 'joint',
      format: 'information-evening',
      topics: ['society-politics', 'anti-racism-democracy'],
      languages: ['de', 'tr', 'ar'],
      areas: ['musterstadt'],
    },
    {
      id: 'regionaltreffen-migrantenorganisationen',
      title: {
        de: 'Regionaltreffen der Migrantenorganisationen 2026/27',
        en: 'Regional meeting of migrant organisations',
        tr: 'Göçmen örgütleri bölgesel buluşması',
        ar: 'اللقاء الإقليمي لمنظمات المهاجرين',
      },
      summary: {
        de: 'Einmal im Jahr stellen Vereine aus dem ganzen Landkreis ihre Projekte vor. Mit Markt der Möglichkeiten.',
        en: 'Once a year, associations from the whole district present their projects. With an information fair.',
        tr: 'Yılda bir kez ilçenin her yerinden dernekler projelerini tanıtır. Olanaklar pazarı ile birlikte.',
        ar: 'مرة في السنة تعرض جمعيات من كل المقاطعة مشاريعها. مع سوق للفرص والمعلومات.',
      },
      description: {
        de: 'Beim Regionaltreffen lernen sich Vereine, Verwaltung und Politik kennen. Am Vormittag stellen sechs Vereine ihre Projekte vor. Am Nachmittag gibt es Workshops zu Förderung, Räumen und Öffentlichkeitsarbeit. Mittagessen und Kinderbetreuung sind kostenlos.',
        en: 'At the regional meeting associations, administration and politicians get to know each other. In the morning six associations present their projects. In the afternoon there are workshops on funding, rooms and publicity. Lunch and childcare are free.',
      },
      ...regionaltreffen,
      location: room('buergerhaus-kirchdorf-saal'),
      organizers: [OFFICE, org('netzwerk-mo-musterkreis'), org('forum-interkulturelle-vereine-lindenberg')],
      cooperation: 'joint',
      format: 'conference',
      topics: ['association-support', 'culture-intercultural', 'society-politics'],
      languages: ['de', 'tr', 'ar', 'uk'],
      areas: ['musterstadt', 'neuhausen', 'lindenberg', 'bergheim-ost', 'auental', 'kirchdorf', 'waldbach', 'rosenthal'],
      registration: { required: true, url: 'https://integration.musterkreis.example.de/regionaltreffen', deadline: deadline(regionaltreffen.start, 10), capacity: 90 },
      audience: { de: 'Aktive aus Vereinen, Verwaltung und Politik', en: 'Volunteers from associations, administration and politics' },
    },
    {
      id: 'konferenz-mo-als-partner',
      title: { de: 'Konferenz „Migrantenorganisationen als Partner der Kommune“', en: 'Conference “Migrant organisations as partners of the municipality”' },
      summary: { de: 'Fachkonferenz mit Beispielen aus drei Landkreisen. Für Verwaltung, Politik und Vereine.', en: 'Conference with examples from three districts. For administration, politics and associations.' },
      description: {
        de: 'Wie arbeiten Kommunen und Migrantenorganisationen auf Augenhöhe zusammen? Drei Landkreise zeigen gute Beispiele. In Foren sprechen wir über Förderung, Räume und Beteiligung.',
        en: 'How do municipalities and migrant organisations work together as equals? Three districts show good examples. In forums we discuss funding, rooms and participation.',
      },
      ...konferenz,
      location: room('rathaus-ratssaal'),
      organizers: [OFFICE, org('netzwerk-mo-musterkreis')],
      cooperation: 'municipal-with-mo',
      format: 'conference',
      topics: ['intercultural-opening', 'association-support', 'society-politics'],
      languages: ['de'],
      areas: ['musterstadt'],
      registration: { required: true, url: 'https://integration.musterkreis.example.de/konferenz', deadline: deadline(konferenz.start, 14), capacity: 120 },
    },
    {
      id: 'fachtag-mehrsprachigkeit',
      title: { de: 'Fachtag Mehrsprachigkeit in Kita und Schule', en: 'Conference on multilingualism in day-care and school', tr: 'Kreş ve okulda çok dillilik konulu uzmanlık günü' },
      summary: { de: 'Vorträge und Workshops für Fachkräfte, Eltern und Herkunftssprachen-Lehrkräfte.', en: 'Talks and workshops for professionals, parents and heritage-language teachers.' },
      description: {
        de: 'Mehrsprachigkeit ist eine Stärke. Beim Fachtag zeigen Lehrkräfte und Elternvereine, wie Kinder mehrere Sprachen gut lernen. Für Eltern gibt es einen ermäßigten Preis.',
        en: 'Multilingualism is a strength. At the conference teachers and parents’ associations show how children learn several languages well. Parents pay a reduced price.',
      },
      ...fachtag,
      location: { kind: 'address', address: address('musterstadt', 'Kreishausstraße 1, Kreishaus, Sitzungssaal A', 61) },
      organizers: [OFFICE, org('ukrainischer-elternverein-neuhausen'), org('arabischer-elternverein-bergheim')],
      cooperation: 'municipal-with-mo',
      format: 'conference',
      topics: ['multilingualism', 'youth-education'],
      languages: ['de'],
      areas: ['musterstadt', 'neuhausen', 'bergheim-ost'],
      registration: { required: true, url: 'https://integration.musterkreis.example.de/fachtag', deadline: deadline(fachtag.start, 7), capacity: 80 },
      price: { free: false, amountEur: 15 },
      priceNote: { de: 'Eltern und Ehrenamtliche zahlen 5 Euro. Mittagessen inklusive.', en: 'Parents and volunteers pay 5 euros. Lunch included.' },
    },

    // ── Festivals and public celebrations ──────────────────────────────────
    {
      id: 'interkulturelle-woche',
      title: {
        de: 'Interkulturelle Woche im Musterkreis',
        en: 'Intercultural week in Musterkreis',
        tr: 'Musterkreis Kültürlerarası Haftası',
        ar: 'الأسبوع بين الثقافي في موستركرايس',
        uk: 'Міжкультурний тиждень у Мустеркрайсі',
        ru: 'Межкультурная неделя в Мустеркрайсе',
        fa: 'هفتهٔ بین‌فرهنگی موسترکرایس',
      },
      summary: {
        de: 'Eine Woche mit Festen, Lesungen, offenen Türen und Sport in allen Orten des Landkreises.',
        en: 'A week of festivals, readings, open days and sport in every town of the district.',
        tr: 'İlçenin tüm yerleşim yerlerinde şenlikler, okumalar, açık kapı günleri ve sporla dolu bir hafta.',
        ar: 'أسبوع من الاحتفالات والقراءات والأبواب المفتوحة والرياضة في كل بلدات المقاطعة.',
        uk: 'Тиждень свят, читань, днів відкритих дверей і спорту в усіх містах округу.',
      },
      description: {
        de: 'Über 30 Vereine öffnen ihre Türen und laden zu Festen ein. Das Programmheft liegt in allen Rathäusern aus. Die Eröffnung ist am Sonntag auf dem Marktplatz Musterstadt.',
        en: 'More than 30 associations open their doors and invite people to festivals. The programme booklet is available in all town halls. The opening is on Sunday on the market square in Musterstadt.',
        tr: '30’dan fazla dernek kapılarını açıyor ve şenliklere davet ediyor. Program kitapçığı tüm belediye binalarında mevcut. Açılış pazar günü Musterstadt pazar meydanında.',
        ar: 'تفتح أكثر من 30 جمعية أبوابها وتدعو إلى احتفالات. كتيّب البرنامج متوفر في جميع دور البلدية. الافتتاح يوم الأحد في ساحة السوق في موسترشتات.',
      },
      machineTranslated: ['ru', 'fa'],
      ...allDays(iwStart, addDays(iwStart, 6)),
      location: { kind: 'address', address: address('musterstadt', 'Marktplatz', 62) },
      organizers: [OFFICE, org('netzwerk-mo-musterkreis'), org('forum-interkulturelle-vereine-lindenberg')],
      cooperation: 'municipal-with-mo',
      format: 'public-celebration',
      topics: ['culture-intercultural', 'anti-racism-democracy', 'religion-interreligious'],
      languages: ['de', 'tr', 'ar', 'uk', 'ru', 'fa', 'en'],
      areas: ['musterstadt', 'neuhausen', 'lindenberg', 'bergheim-ost', 'auental', 'kirchdorf', 'waldbach', 'rosenthal'],
    },
    {
      id: 'ramadan-iftar-oeffentlich',
      title: {
        de: 'Öffentliches Iftar im Ramadan',
        en: 'Public Ramadan iftar',
        tr: 'Herkese açık Ramazan iftarı',
        ar: 'إفطار رمضاني عام',
      },
      summary: {
        de: 'Vier Vereine laden alle Nachbarinnen und Nachbarn zum gemeinsamen Fastenbrechen ein.',
        en: 'Four associations invite all neighbours to break the fast together.',
        tr: 'Dört dernek tüm komşuları birlikte iftar yapmaya davet ediyor.',
        ar: 'أربع جمعيات تدعو جميع الجيران إلى الإفطار معاً.',
      },
      description: {
        de: 'Die Moscheegemeinde, der Deutsch-Türkische Kulturverein, der Arabische Elternverein und die Ezidische Gemeinde kochen gemeinsam. Vor dem Essen erklären wir, was Ramadan bedeutet. Der Landrat spricht ein Grußwort. Alle sind willkommen, egal welcher Religion.',
        en: 'The mosque community, the German-Turkish cultural association, the Arab parents’ association and the Yazidi community cook together. Before the meal we explain what Ramadan means. The district administrator gives a welcome speech. Everyone is welcome, whatever their religion.',
        tr: 'Cami cemaati, Alman-Türk Kültür Derneği, Arap Veli Derneği ve Ezidi Cemaati birlikte yemek pişiriyor. Yemekten önce Ramazan’ın anlamını anlatıyoruz. Kaymakam bir selamlama konuşması yapacak.',
        ar: 'تطبخ جماعة المسجد والجمعية الثقافية الألمانية التركية وجمعية أولياء الأمور العرب والجماعة الإيزيدية معاً. قبل الطعام نشرح معنى رمضان. يلقي رئيس المقاطعة كلمة ترحيب.',
      },
      ...iftar,
      location: room('stz-neuhausen-saal'),
      organizers: [org('moscheegemeinde-musterstadt'), org('dtkv-musterstadt'), org('arabischer-elternverein-bergheim'), org('ezidische-gemeinde-neuhausen')],
      cooperation: 'mo-with-municipal',
      format: 'public-celebration',
      topics: ['religion-interreligious', 'culture-intercultural'],
      languages: ['de', 'tr', 'ar', 'ku'],
      areas: ['neuhausen', 'musterstadt', 'bergheim-ost'],
      registration: { required: true, email: 'iftar@moschee-muehlenweg.example.org', deadline: deadline(iftar.start, 3), capacity: 110 },
      accessibilityNotes: { de: 'Alle Räume ohne Stufen. Eine Spielecke für Kinder ist da.', en: 'All rooms step-free. There is a play corner for children.' },
    },
    {
      id: 'fussballturnier-gegen-rassismus',
      title: { de: 'Hallenfußballturnier „Rote Karte dem Rassismus“', en: 'Indoor football tournament “Red card to racism”', ar: 'بطولة كرة القدم داخل القاعة «بطاقة حمراء للعنصرية»' },
      summary: { de: '16 Teams aus Vereinen, Schulen und Verwaltung spielen gegen Rassismus. Zuschauen ist kostenlos.', en: '16 teams from clubs, schools and administration play against racism. Watching is free.' },
      description: {
        de: 'Der FC Internationale und der Syrisch-Deutsche Sportverein laden zum Turnier ein. Jedes Team hat mindestens zwei Spielerinnen. Die Startgebühr geht an die Jugendarbeit. Es gibt Essen aus vielen Ländern.',
        en: 'FC Internationale and the Syrian-German sports club invite teams to the tournament. Every team has at least two female players. The entry fee goes to youth work. There is food from many countries.',
      },
      ...turnier,
      location: { kind: 'address', address: address('neuhausen', 'Stadionweg 7, Sporthalle Neuhausen', 63) },
      organizers: [org('fc-internationale-neuhausen'), org('syrisch-deutscher-sv-bergheim')],
      cooperation: 'mo-with-municipal',
      format: 'public-celebration',
      topics: ['sport', 'anti-racism-democracy', 'youth-education'],
      languages: ['de', 'ar', 'tr', 'en'],
      areas: ['neuhausen', 'bergheim-ost'],
      registration: { required: true, email: 'turnier@fc-internationale.example.org', deadline: deadline(turnier.start, 14), capacity: 16 },
      price: { free: false, amountEur: 30 },
      priceNote: { de: '30 Euro Startgebühr pro Team. Zuschauen ist kostenlos.', en: 'Entry fee 30 euros per team. Spectators free.' },
    },
    {
      id: 'yalda-nacht',
      title: { de: 'Yalda-Nacht – die längste Nacht des Jahres', en: 'Yalda night – the longest night of the year', fa: 'شب یلدا – بلندترین شب سال' },
      summary: { de: 'Persisches Fest mit Gedichten von Hafis, Musik, Granatäpfeln und Wassermelone.', fa: 'جشن ایرانی با شعر حافظ، موسیقی، انار و هندوانه.' },
      description: {
        de: 'Zur Wintersonnenwende feiern Menschen aus Iran und Afghanistan die Yalda-Nacht. Wir lesen Gedichte von Hafis und hören Musik. Bitte bringen Sie etwas zu essen für das Buffet mit.',
        fa: 'در انقلاب زمستانی، مردم ایران و افغانستان شب یلدا را جشن می‌گیرند. ما شعر حافظ می‌خوانیم و موسیقی گوش می‌دهیم. لطفاً برای بوفه چیزی برای خوردن بیاورید.',
      },
      ...once(on(24, SAT), '18:00', '22:00', 'iz-lindenberg-begegnungsraum'),
      location: room('iz-lindenberg-begegnungsraum'),
      organizers: [org('pars-kulturverein-lindenberg'), org('afghanischer-frauenverein-lindenberg')],
      format: 'public-celebration',
      topics: ['culture-intercultural', 'multilingualism'],
      languages: ['fa', 'de'],
      areas: ['lindenberg'],
    },
    {
      id: 'thai-pongal-fest',
      title: { de: 'Thai Pongal – tamilisches Erntefest', en: 'Thai Pongal – Tamil harvest festival' },
      summary: { de: 'Reis wird im Topf gekocht, bis er überkocht – ein Zeichen für Glück. Mit Tanz und Musik.', en: 'Rice is cooked in a pot until it boils over – a sign of good luck. With dance and music.' },
      description: {
        de: 'Der Tamilische Kulturverein feiert das Erntefest Thai Pongal. Kinder der Tanzschule zeigen Bharatanatyam. Danach gibt es süßen Pongal-Reis für alle.',
        en: 'The Tamil cultural association celebrates the harvest festival Thai Pongal. Children from the dance school perform Bharatanatyam. Afterwards there is sweet Pongal rice for everyone.',
      },
      ...once(on(50, SUN), '14:00', '18:00'),
      location: { kind: 'address', address: address('bergheim-ost', 'Lessingstraße 10', 64) },
      organizers: [org('tamilischer-kulturverein-bergheim')],
      format: 'public-celebration',
      topics: ['culture-intercultural'],
      languages: ['ta', 'de'],
      areas: ['bergheim-ost'],
    },
    {
      id: 'tet-neujahrsfest',
      title: { de: 'Tết – Vietnamesisches Neujahrsfest' },
      summary: { de: 'Drachentanz, Frühlingsrollen und Glückwünsche zum neuen Mondjahr.' },
      description: { de: 'Der Vietnamesische Verein feiert das Neujahrsfest Tết. Es gibt einen Drachentanz, Essen und ein Programm für Kinder. Der Eintritt ist frei.' },
      ...once(on(64, SUN), '15:00', '20:00', 'stz-neuhausen-saal'),
      location: room('stz-neuhausen-saal'),
      organizers: [org('vietnamesischer-verein-musterstadt')],
      format: 'public-celebration',
      topics: ['culture-intercultural', 'remembrance'],
      languages: ['vi', 'de'],
      areas: ['musterstadt', 'neuhausen'],
    },
    {
      id: 'wigilia-polonia',
      title: { de: 'Wigilia – polnischer Weihnachtsabend für alle', en: 'Wigilia – Polish Christmas Eve for everyone' },
      summary: { de: 'Zwölf Gerichte, Weihnachtslieder und Oblaten teilen: Polonia lädt die Nachbarschaft ein.', en: 'Twelve dishes, carols and sharing wafers: Polonia invites the neighbourhood.' },
      description: {
        de: 'Zur Wigilia gehören zwölf Gerichte ohne Fleisch. Die Theatergruppe spielt ein Krippenspiel auf Deutsch und Polnisch. Bitte melden Sie sich an, damit genug Essen da ist.',
        en: 'Wigilia means twelve dishes without meat. The theatre group performs a nativity play in German and Polish. Please register so that there is enough food.',
      },
      ...once(on(12, SAT), '17:00', '21:00', 'iz-lindenberg-begegnungsraum'),
      location: room('iz-lindenberg-begegnungsraum'),
      organizers: [org('polonia-lindenberg')],
      format: 'public-celebration',
      topics: ['culture-intercultural', 'religion-interreligious'],
      languages: ['pl', 'de'],
      areas: ['lindenberg'],
      registration: { required: true, email: 'polonia@example.org' },
    },
    {
      id: 'westafrikanischer-kulturabend',
      title: { de: 'Westafrikanischer Kulturabend', en: 'West African cultural evening', tr: 'Batı Afrika kültür gecesi' },
      summary: { de: 'Trommeln, Tanz und Essen aus Ghana und Senegal. Der Erlös geht an unsere Partnerschulen.', en: 'Drumming, dance and food from Ghana and Senegal. Proceeds go to our partner schools.' },
      description: {
        de: 'Eine Trommelgruppe aus Köln spielt, und wir zeigen Bilder aus unseren Partnerschulen. Das Buffet kochen Mitglieder des Vereins. Der Eintritt kostet 8 Euro, Kinder sind frei.',
        en: 'A drumming group from Cologne plays and we show pictures from our partner schools. Members of the association cook the buffet. Admission is 8 euros, children free.',
      },
      ...once(on(40, FRI), '19:00', '23:00'),
      location: { kind: 'address', address: address('waldbach', 'Hauptstraße 60, Alte Turnhalle', 65) },
      organizers: [org('westafrika-initiative-musterkreis')],
      cooperation: null,
      format: 'public-celebration',
      topics: ['development-cooperation', 'culture-intercultural'],
      languages: ['fr', 'en', 'de'],
      areas: ['waldbach'],
      price: { free: false, amountEur: 8 },
      priceNote: { de: 'Kinder bis 14 Jahre frei.', en: 'Children up to 14 free.' },
    },
    {
      id: 'gospelkonzert-ghanaische-gemeinschaft',
      title: { de: 'Gospelkonzert der Ghanaischen Gemeinschaft', en: 'Gospel concert of the Ghanaian community' },
      summary: { de: 'Der Chor singt Gospel auf Englisch, Twi und Deutsch. Eintritt frei, Spenden willkommen.', en: 'The choir sings gospel in English, Twi and German. Free admission, donations welcome.' },
      description: {
        de: 'Der Gospelchor feiert sein 15-jähriges Bestehen. Gäste aus Kirchengemeinden im Landkreis singen mit. Nach dem Konzert gibt es Tee und Gebäck.',
        en: 'The gospel choir celebrates its 15th anniversary. Guests from church congregations in the district join in. After the concert there is tea and pastries.',
      },
      ...once(on(20, SUN), '16:00', '18:00'),
      location: { kind: 'address', address: address('rosenthal', 'Kirchstraße 2, Ev. Kirche Rosenthal', 66) },
      organizers: [org('ghanaische-gemeinschaft-rosenthal')],
      format: 'public-celebration',
      topics: ['culture-intercultural', 'religion-interreligious'],
      languages: ['en', 'tw', 'de'],
      areas: ['rosenthal'],
      priceNote: { de: 'Spenden für die Jugendgruppe sind willkommen.', en: 'Donations for the youth group are welcome.' },
    },
    {
      id: 'solidaritaetsbasar-amani',
      title: { de: 'Solidaritätsbasar für das Frauenzentrum in Kivu', en: 'Solidarity bazaar for the women’s centre in Kivu' },
      summary: { de: 'Handwerk, Kaffee und Kuchen – der Erlös geht an das Frauenzentrum unserer Partner.', en: 'Crafts, coffee and cake – proceeds go to our partners’ women’s centre.' },
      description: {
        de: 'Wir verkaufen Stoffe und Handwerk aus dem Kongo. Um 15 Uhr berichten wir mit Fotos über das Frauenzentrum. Es gibt Kaffee und Kuchen.',
        en: 'We sell fabrics and crafts from the Congo. At 3 pm we report on the women’s centre with photos. There is coffee and cake.',
      },
      ...once(on(15, SAT), '11:00', '17:00'),
      location: { kind: 'address', address: address('bergheim-ost', 'Marktstraße 5, Gemeindehaus', 67) },
      organizers: [org('amani-partnerschaft')],
      format: 'public-celebration',
      topics: ['development-cooperation', 'gender-specific-work'],
      languages: ['de', 'fr'],
      areas: ['bergheim-ost'],
    },
    {
      id: 'schachturnier-druschba',
      title: { de: 'Offenes Schachturnier im Seniorenclub', ru: 'Открытый шахматный турнир в клубе пожилых' },
      summary: { de: 'Schach für alle Generationen. Enkel spielen gegen Großeltern.', ru: 'Шахматы для всех поколений. Внуки играют против бабушек и дедушек.' },
      description: { de: 'Der Seniorenclub Druschba lädt zum offenen Turnier ein. Alle Spielstärken sind willkommen. Es gibt Tee aus dem Samowar.', ru: 'Клуб «Дружба» приглашает на открытый турнир. Приглашаются игроки любого уровня. Будет чай из самовара.' },
      ...once(on(37, SAT), '13:00', '18:00', 'buergerhaus-kirchdorf-clubraum'),
      location: room('buergerhaus-kirchdorf-clubraum'),
      organizers: [org('seniorenclub-druschba-kirchdorf')],
      format: 'public-celebration',
      topics: ['social-health-seniors', 'culture-intercultural'],
      languages: ['ru', 'de'],
      areas: ['kirchdorf'],
    },
    {
      id: 'gedenkstunde-erinnern',
      title: { de: 'Gedenkstunde „Erinnern für die Zukunft“', en: 'Commemoration “Remembering for the future”' },
      summary: { de: 'Menschen aus vielen Communities erinnern gemeinsam an Verfolgung, Krieg und Vertreibung.', en: 'People from many communities commemorate persecution, war and displacement together.' },
      description: {
        de: 'Die Gedenkstunde verbindet Geschichten aus dem Landkreis: von Russlanddeutschen, Bosnierinnen, Eziden und Armeniern. Schülerinnen und Schüler lesen Texte vor. Danach legen wir Blumen am Mahnmal nieder.',
        en: 'The commemoration connects stories from the district: of Germans from Russia, Bosnians, Yazidis and Armenians. School students read texts. Afterwards we lay flowers at the memorial.',
      },
      ...once(on(62, WED), '17:00', '18:30'),
      location: { kind: 'address', address: address('musterstadt', 'Marktplatz, Mahnmal', 68) },
      organizers: [OFFICE, org('landsmannschaft-russland-bergheim'), org('bosnischer-verein-kirchdorf'), org('ezidische-gemeinde-neuhausen')],
      cooperation: 'joint',
      format: 'public-celebration',
      topics: ['remembrance', 'anti-racism-democracy'],
      languages: ['de'],
      areas: ['musterstadt'],
    },

    // ── Parents, education, language ───────────────────────────────────────
    {
      id: 'elternseminar-tuerkisch',
      title: {
        de: 'Elternseminar auf Türkisch: Schule und Ausbildung in Deutschland',
        en: 'Parents’ seminar in Turkish: school and vocational training in Germany',
        tr: 'Türkçe veli semineri: Almanya’da okul ve meslek eğitimi',
      },
      summary: {
        de: 'Vier Abende für Eltern: Schulsystem, Übergang nach Klasse 4, Ausbildung und Studium.',
        en: 'Four evenings for parents: school system, the move after year 4, vocational training and university.',
        tr: 'Veliler için dört akşam: okul sistemi, 4. sınıftan sonraki geçiş, meslek eğitimi ve üniversite.',
      },
      description: {
        de: 'Das Seminar findet auf Türkisch statt. Eine Lehrerin und eine Berufsberaterin erklären, wie Schule und Ausbildung funktionieren. Kinder werden im Nebenraum betreut.',
        en: 'The seminar is held in Turkish. A teacher and a careers adviser explain how school and vocational training work. Children are looked after in the next room.',
        tr: 'Seminer Türkçe yapılır. Bir öğretmen ve bir meslek danışmanı okul ve meslek eğitiminin nasıl işlediğini anlatır. Çocuklara yan odada bakılır.',
      },
      ...weekly(elternseminarStart, '18:30', '20:30', `FREQ=WEEKLY;BYDAY=${RRULE_DAYS[THU]};COUNT=4`, { roomId: 'stz-neuhausen-gruppenraum' }),
      location: room('stz-neuhausen-gruppenraum'),
      organizers: [org('dtkv-musterstadt'), org('kompass-jugendhilfe')],
      cooperation: 'mo-with-municipal',
      format: 'workshop',
      topics: ['youth-education', 'multilingualism'],
      languages: ['tr'],
      areas: ['neuhausen', 'musterstadt'],
      registration: { required: true, email: 'bildung@dtkv-musterstadt.example.org', capacity: 20 },
      audience: { de: 'Eltern von Kindern in Kita und Grundschule', tr: 'Kreş ve ilkokul çağındaki çocukların velileri' },
    },
    {
      id: 'elternabend-schule-arabisch',
      title: { de: 'Elternabend: Wie funktioniert die Schule in Deutschland?', ar: 'أمسية أولياء الأمور: كيف تعمل المدرسة في ألمانيا؟' },
      summary: { de: 'Auf Arabisch und Deutsch: Zeugnisse, Elternsprechtag und Hilfe bei Problemen.', ar: 'بالعربية والألمانية: الشهادات المدرسية، يوم لقاء الأهل، والمساعدة عند المشاكل.' },
      description: {
        de: 'Eine Schulsozialarbeiterin erklärt Zeugnisse, Elternsprechtage und wer bei Problemen hilft. Fragen sind auf Arabisch möglich.',
        ar: 'تشرح أخصائية اجتماعية مدرسية الشهادات وأيام لقاء الأهل ومن يساعد عند المشاكل. يمكن طرح الأسئلة بالعربية.',
      },
      machineTranslated: ['ar'],
      ...once(on(13, WED), '18:00', '20:00'),
      location: { kind: 'address', address: address('bergheim-ost', 'Schulplatz 4', 69) },
      organizers: [org('arabischer-elternverein-bergheim')],
      format: 'information-evening',
      topics: ['youth-education'],
      languages: ['ar', 'de'],
      areas: ['bergheim-ost'],
    },
    {
      id: 'elternabend-uebergang-kirchdorf',
      title: { de: 'Elternabend: Der Wechsel auf die weiterführende Schule', en: 'Parents’ evening: moving on to secondary school' },
      summary: { de: 'Welche Schule passt zu meinem Kind? Mit Sprachmittlung auf Türkisch, Arabisch, Russisch und Polnisch.', en: 'Which school suits my child? With interpreting in Turkish, Arabic, Russian and Polish.' },
      description: {
        de: 'Lehrkräfte aus Gesamtschule, Realschule und Gymnasium stellen ihre Schulen vor. Sprachmittlerinnen übersetzen in kleinen Gruppen.',
        en: 'Teachers from comprehensive, intermediate and grammar schools present their schools. Language mediators interpret in small groups.',
      },
      ...once(on(19, TUE), '19:00', '21:00', 'buergerhaus-kirchdorf-clubraum'),
      location: room('buergerhaus-kirchdorf-clubraum'),
      organizers: [org('elternnetzwerk-kirchdorf'), org('sprachmittler-pool-musterkreis')],
      cooperation: 'mo-with-municipal',
      format: 'information-evening',
      topics: ['youth-education', 'multilingualism'],
      languages: ['de', 'tr', 'ar', 'ru', 'pl'],
      areas: ['kirchdorf'],
    },
    {
      id: 'deutschkurs-fuer-frauen',
      title: {
        de: 'Deutschkurs für Frauen mit Kinderbetreuung',
        en: 'German course for women with childcare',
        ar: 'دورة لغة ألمانية للنساء مع رعاية للأطفال',
        fa: 'کلاس زبان آلمانی برای زنان با مراقبت از کودکان',
        uk: 'Курс німецької для жінок із доглядом за дітьми',
      },
      summary: {
        de: 'Zweimal pro Woche Deutsch lernen (A1–A2). Kleine Kinder werden im Nebenraum betreut.',
        en: 'Learn German twice a week (A1–A2). Small children are looked after in the next room.',
        ar: 'تعلّم الألمانية مرتين في الأسبوع (A1–A2). يُعتنى بالأطفال الصغار في الغرفة المجاورة.',
        fa: 'یادگیری آلمانی دو بار در هفته (A1–A2). از کودکان خردسال در اتاق کناری مراقبت می‌شود.',
        uk: 'Вивчайте німецьку двічі на тиждень (A1–A2). За малими дітьми доглядають у сусідній кімнаті.',
      },
      description: {
        de: 'Der Kurs ist nur für Frauen. Wir lernen Deutsch für den Alltag: Arzt, Schule, Einkaufen. Die Lehrerin spricht auch Farsi und Arabisch.',
        en: 'The course is for women only. We learn everyday German: doctor, school, shopping. The teacher also speaks Farsi and Arabic.',
        ar: 'الدورة للنساء فقط. نتعلم الألمانية للحياة اليومية: الطبيب، المدرسة، التسوق. المعلمة تتحدث الفارسية والعربية أيضاً.',
        fa: 'این دوره فقط برای زنان است. آلمانی روزمره یاد می‌گیریم: پزشک، مدرسه، خرید. معلم به فارسی و عربی هم صحبت می‌کند.',
      },
      machineTranslated: ['uk'],
      ...deutschkurs,
      location: room('iz-lindenberg-seminarraum'),
      organizers: [org('bildungswerk-bruecke'), org('afghanischer-frauenverein-lindenberg')],
      cooperation: 'mo-with-municipal',
      format: 'course',
      topics: ['gender-specific-work', 'multilingualism', 'youth-education'],
      languages: ['de', 'fa', 'ar'],
      areas: ['lindenberg', 'auental'],
      registration: { required: true, email: 'kurse@bildungswerk-bruecke.example.org', deadline: deadline(deutschkurs.start, 1), capacity: 15 },
      audience: { de: 'Frauen mit wenig Deutschkenntnissen', en: 'Women with little German' },
      accessibilityNotes: { de: 'Der Seminarraum ist nur über eine Treppe erreichbar. Sagen Sie uns Bescheid, dann ziehen wir in den Begegnungsraum um.', en: 'The seminar room can only be reached by stairs. Let us know and we will move to the ground-floor room.' },
    },
    {
      id: 'ukrainisch-samstagsschule',
      title: { de: 'Ukrainisch-Unterricht für Kinder (Samstagsschule)', en: 'Ukrainian lessons for children (Saturday school)', uk: 'Уроки української для дітей (суботня школа)' },
      summary: { de: 'Herkunftssprachlicher Unterricht für Kinder von 6 bis 12 Jahren in der Grundschule am Auental.', uk: 'Уроки рідної мови для дітей від 6 до 12 років у початковій школі Ауенталь.' },
      description: {
        de: 'Kinder lernen Lesen und Schreiben auf Ukrainisch, dazu Lieder und Geschichte. In den Schulferien fällt der Unterricht aus.',
        uk: 'Діти вчаться читати й писати українською, а також співають пісні та вивчають історію. Під час шкільних канікул уроків немає.',
      },
      ...weekly(on(4, SAT), '09:00', '11:30', `FREQ=WEEKLY;BYDAY=SA;UNTIL=${untilValue(addDays(base, 88))}`, { roomId: 'gs-auental-klassenraum' }),
      location: room('gs-auental-klassenraum'),
      organizers: [org('ukrainischer-elternverein-neuhausen')],
      format: 'course',
      topics: ['multilingualism', 'youth-education'],
      languages: ['uk'],
      areas: ['auental', 'neuhausen'],
      audience: { de: 'Kinder von 6 bis 12 Jahren', uk: 'Діти від 6 до 12 років' },
    },
    {
      id: 'kurmanci-kurs-kinder',
      title: { de: 'Kurmancî für Kinder', en: 'Kurmanji for children' },
      summary: { de: 'Kinder lernen Kurdisch (Kurmancî) mit Liedern und Spielen.', en: 'Children learn Kurdish (Kurmanji) with songs and games.' },
      description: { de: 'Der Kurs ist für Kinder von 5 bis 11 Jahren. Die Eltern können im Café warten.' },
      ...weekly(on(0, SUN), '10:00', '12:00', 'FREQ=WEEKLY;BYDAY=SU;COUNT=10'),
      location: { kind: 'address', address: address('neuhausen', 'Bahnhofstraße 41', 70) },
      organizers: [org('kurdisches-kulturhaus-neuhausen')],
      format: 'course',
      topics: ['multilingualism', 'culture-intercultural'],
      languages: ['ku', 'de'],
      areas: ['neuhausen'],
    },
    {
      id: 'hausaufgabenhilfe-moschee',
      title: { de: 'Hausaufgabenhilfe in der Moschee am Mühlenweg', en: 'Homework help at the Mühlenweg mosque', tr: 'Mühlenweg Camii’nde ödev yardımı' },
      summary: { de: 'Studierende helfen Kindern der Klassen 1 bis 7. Alle Kinder sind willkommen.', en: 'Students help children in years 1 to 7. All children are welcome.' },
      description: { de: 'Montags und mittwochs helfen Studierende bei den Hausaufgaben. Es gibt einen Snack. Eine Anmeldung ist nicht nötig.', en: 'On Mondays and Wednesdays students help with homework. There is a snack. No registration needed.' },
      ...weekly(on(0, MON), '15:00', '17:00', `FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=${untilValue(addDays(base, 84))}`, { skip: [5] }),
      location: { kind: 'address', address: address('musterstadt', 'Mühlenweg 30', 71) },
      organizers: [org('moscheegemeinde-musterstadt')],
      format: 'course',
      topics: ['youth-education'],
      languages: ['de', 'tr', 'ar'],
      areas: ['musterstadt'],
    },
    {
      id: 'saz-kurs',
      title: { de: 'Saz-Kurs für Anfängerinnen und Anfänger', tr: 'Yeni başlayanlar için saz kursu' },
      summary: { de: 'Die Langhalslaute Saz lernen – Instrumente können ausgeliehen werden.', tr: 'Bağlama (saz) öğrenin – enstrüman ödünç alınabilir.' },
      description: { de: 'Der Kurs ist für Jugendliche und Erwachsene. Noten lesen ist nicht nötig.', tr: 'Kurs gençler ve yetişkinler içindir. Nota bilmek gerekmez.' },
      ...weekly(on(1, TUE), '19:00', '21:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=12', { skip: [4] }),
      location: { kind: 'address', address: address('musterstadt', 'Mühlenweg 12', 72) },
      organizers: [org('dtkv-musterstadt')],
      format: 'course',
      topics: ['culture-intercultural'],
      languages: ['tr', 'de'],
      areas: ['musterstadt'],
      price: { free: false, amountEur: 40 },
      priceNote: { de: '40 Euro für 12 Abende. Für Mitglieder kostenlos.', tr: '12 akşam için 40 Euro. Üyeler için ücretsiz.' },
    },
    {
      id: 'sprachcafe-kulturbruecke',
      title: { de: 'Sprachcafé und Tandem', en: 'Language café and tandem', tr: 'Dil kafesi ve tandem', ar: 'مقهى اللغة والتبادل اللغوي', uk: 'Мовне кафе та тандем' },
      summary: { de: 'Deutsch sprechen bei Tee und Kuchen. Wer Deutsch kann, lernt eine neue Sprache dazu.', en: 'Speak German over tea and cake. German speakers learn a new language in return.' },
      description: { de: 'Jeden Donnerstag treffen sich Menschen, die Deutsch üben wollen, mit Menschen, die eine andere Sprache lernen. Alle Niveaus sind willkommen.', en: 'Every Thursday people who want to practise German meet people who want to learn another language. All levels are welcome.' },
      ...weekly(on(0, THU), '18:00', '20:00', 'FREQ=WEEKLY;BYDAY=TH;COUNT=12', { skip: [5, 6] }),
      location: { kind: 'address', address: address('rosenthal', 'Gartenstraße 1', 73) },
      organizers: [org('kulturbruecke-rosenthal')],
      format: 'course',
      topics: ['multilingualism', 'neighbourhood-development'],
      languages: ['de', 'tr', 'ar', 'uk', 'sq'],
      areas: ['rosenthal'],
    },
    {
      id: 'basisschulung-sprachmittlung',
      title: { de: 'Basisschulung für ehrenamtliche Sprachmittlerinnen und Sprachmittler', en: 'Basic training for volunteer language mediators' },
      summary: { de: 'Vier Samstage: Rolle, Schweigepflicht, Dolmetschtechnik und Selbstschutz.', en: 'Four Saturdays: role, confidentiality, interpreting technique and self-care.' },
      description: {
        de: 'Die Schulung bereitet auf Einsätze in Schule, Kita, Praxis und Amt vor. Voraussetzung sind gute Deutschkenntnisse (B2) und eine weitere Sprache. Nach der Schulung gibt es ein Zertifikat.',
        en: 'The training prepares you for assignments at schools, day-care centres, doctors and offices. You need good German (B2) and another language. You get a certificate at the end.',
      },
      ...sprachmittlerKurs,
      location: room('iz-lindenberg-seminarraum'),
      organizers: [org('sprachmittler-pool-musterkreis'), OFFICE],
      cooperation: 'joint',
      format: 'course',
      topics: ['multilingualism', 'intercultural-opening', 'social-health-seniors'],
      languages: ['de'],
      areas: ['lindenberg', 'musterstadt'],
      registration: { required: true, url: 'https://sprachmittler-pool.example.org/schulung', deadline: deadline(sprachmittlerKurs.start, 4), capacity: 20 },
    },

    // ── Counselling hours ──────────────────────────────────────────────────
    {
      id: 'sprechstunde-foerderberatung',
      title: {
        de: 'Sprechstunde Förderberatung',
        en: 'Funding advice consultation hour',
        tr: 'Destek danışmanlığı saati',
        ar: 'ساعة استشارة حول التمويل',
        uk: 'Консультації щодо фінансування',
        ru: 'Консультации по финансированию',
        fa: 'ساعت مشاوره دربارهٔ حمایت مالی',
      },
      summary: {
        de: 'Welches Förderprogramm passt zu Ihrem Projekt? Kommen Sie ohne Termin vorbei.',
        en: 'Which funding programme suits your project? Drop in without an appointment.',
        tr: 'Projenize hangi destek programı uygun? Randevusuz gelebilirsiniz.',
        ar: 'ما برنامج التمويل المناسب لمشروعكم؟ تعالوا دون موعد مسبق.',
        uk: 'Яка програма фінансування підходить вашому проєкту? Приходьте без запису.',
        ru: 'Какая программа финансирования подходит вашему проекту? Приходите без записи.',
        fa: 'کدام برنامهٔ حمایتی برای پروژهٔ شما مناسب است؟ بدون وقت قبلی بیایید.',
      },
      description: {
        de: 'Das Integrationsbüro berät Vereine und Gruppen zu Förderprogrammen von Landkreis, Land, Bund und Stiftungen. Wir helfen beim Antrag und beim Verwendungsnachweis. Bringen Sie Ihre Projektidee mit.',
        en: 'The integration office advises associations and groups on funding programmes of the district, the state, the federal government and foundations. We help with the application and the final report. Bring your project idea.',
        tr: 'Uyum bürosu derneklere ve gruplara ilçe, eyalet, federal hükümet ve vakıfların destek programları hakkında danışmanlık verir. Başvuruda ve harcama raporunda yardım ederiz.',
        ar: 'يقدّم مكتب الاندماج الاستشارة للجمعيات والمجموعات حول برامج التمويل من المقاطعة والولاية والحكومة الاتحادية والمؤسسات. نساعد في تقديم الطلب وفي تقرير الاستخدام.',
      },
      machineTranslated: ['ru', 'fa'],
      ...weekly(foerderSprechstundeStart, '16:00', '19:00', `FREQ=WEEKLY;BYDAY=TH;UNTIL=${untilValue(addDays(base, 90))}`, { roomId: 'rathaus-besprechungsraum-integrationsbuero', skip: [2] }),
      location: room('rathaus-besprechungsraum-integrationsbuero'),
      organizers: [OFFICE],
      format: 'counselling-hour',
      topics: ['association-support'],
      languages: ['de', 'en', 'tr'],
      areas: ['musterstadt', 'neuhausen', 'lindenberg', 'bergheim-ost', 'auental', 'kirchdorf', 'waldbach', 'rosenthal'],
    },
    {
      id: 'sprechstunde-ukraine-hilfe',
      title: { de: 'Offene Sprechstunde der Ukrainischen Hilfe', uk: 'Відкриті консультації Української допомоги', en: 'Open consultation hour of Ukrainian Help' },
      summary: { de: 'Hilfe bei Briefen, Anträgen und Wohnungssuche auf Ukrainisch und Russisch.', uk: 'Допомога з листами, заявами та пошуком житла українською та російською.' },
      description: { de: 'Bringen Sie Ihre Briefe mit. Wir erklären, was drinsteht, und helfen beim Antworten.', uk: 'Приносьте свої листи. Ми пояснимо, що в них написано, і допоможемо відповісти.' },
      ...weekly(on(0, WED), '18:00', '20:00', 'FREQ=WEEKLY;BYDAY=WE;COUNT=12'),
      location: { kind: 'address', address: address('waldbach', 'Marktstraße 2', 74) },
      organizers: [org('ukraine-hilfe-waldbach')],
      format: 'counselling-hour',
      topics: ['refugees', 'social-health-seniors'],
      languages: ['uk', 'ru', 'de'],
      areas: ['waldbach'],
    },
    {
      id: 'jobcoaching-sprechstunde',
      title: { de: 'Jobcoaching-Sprechstunde', en: 'Job coaching consultation hour', fa: 'ساعت مشاورهٔ شغلی' },
      summary: { de: 'Lebenslauf, Bewerbung, Anerkennung: Beratung ohne Termin.', en: 'CV, applications, recognition: advice without an appointment.' },
      description: { de: 'Bringen Sie Ihren Lebenslauf mit, gern auch auf einem USB-Stick. Beratung auf Deutsch, Farsi und Englisch.', en: 'Bring your CV, on a USB stick if you like. Advice in German, Farsi and English.' },
      ...weekly(on(0, MON), '16:00', '18:00', 'FREQ=WEEKLY;BYDAY=MO;COUNT=12', { skip: [3] }),
      location: { kind: 'address', address: address('musterstadt', 'Bahnhofsplatz 1', 75) },
      organizers: [org('bildungswerk-bruecke')],
      format: 'counselling-hour',
      topics: ['labour-economy'],
      languages: ['de', 'fa', 'en'],
      areas: ['musterstadt'],
    },
    {
      id: 'beratung-arbeitsrecht-rumaenisch',
      title: { de: 'Beratung zu Arbeit und Wohnen auf Rumänisch', en: 'Advice on work and housing in Romanian' },
      summary: { de: 'Fragen zu Arbeitsvertrag, Lohn und Miete – vertraulich und kostenlos.', en: 'Questions on employment contracts, wages and rent – confidential and free.' },
      description: { de: 'Eine Beraterin von Faire Mobilität kommt alle zwei Wochen. Sie prüft Arbeitsverträge und Lohnabrechnungen.', en: 'An adviser from a fair-work counselling service comes every two weeks. She checks contracts and payslips.' },
      ...weekly(on(1, TUE), '18:00', '20:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6'),
      location: { kind: 'address', address: address('auental', 'Auenstraße 14', 76) },
      organizers: [org('dor-kulturverein-auental')],
      cooperation: 'mo-with-municipal',
      format: 'counselling-hour',
      topics: ['labour-economy'],
      languages: ['ro', 'de'],
      areas: ['auental', 'kirchdorf'],
    },
    {
      id: 'gruendungsberatung-dauk',
      title: { de: 'Sprechstunde Existenzgründung', en: 'Start-up consultation hour', ar: 'ساعة استشارة لتأسيس المشاريع' },
      summary: { de: 'Sie wollen ein Geschäft eröffnen? Erfahrene Unternehmer beraten auf Arabisch und Deutsch.', ar: 'هل تريد فتح مشروع تجاري؟ رجال أعمال ذوو خبرة يقدّمون الاستشارة بالعربية والألمانية.' },
      description: { de: 'Wir sprechen über Gewerbeanmeldung, Steuern und Businessplan. Bitte melden Sie sich vorher per E-Mail an.', ar: 'نتحدث عن تسجيل النشاط التجاري والضرائب وخطة العمل. يرجى التسجيل مسبقاً عبر البريد الإلكتروني.' },
      ...monthlySeries(0, MON, 1, '18:00', '20:00', 'until'),
      location: { kind: 'address', address: address('musterstadt', 'Kaufmannsgasse 4', 77) },
      organizers: [org('deutsch-arabischer-unternehmerkreis')],
      format: 'counselling-hour',
      topics: ['labour-economy', 'refugees'],
      languages: ['ar', 'de'],
      areas: ['musterstadt', 'neuhausen'],
      registration: { required: true, email: 'kontakt@dauk-musterstadt.example.org' },
    },
    {
      id: 'sprechstunde-sprachmittlung-online',
      title: { de: 'Online-Sprechstunde: Sprachmittlung anfragen', en: 'Online consultation: requesting a language mediator' },
      summary: { de: 'Schulen, Kitas und Vereine erfahren, wie sie eine Sprachmittlerin bestellen.', en: 'Schools, day-care centres and associations learn how to book a language mediator.' },
      description: { de: 'In 30 Minuten erklären wir das Anfrageformular und beantworten Fragen. Der Link gilt für alle Termine.' },
      ...weekly(on(2, FRI), '10:00', '10:30', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;COUNT=6'),
      location: online('sprachmittlung-sprechstunde'),
      organizers: [org('sprachmittler-pool-musterkreis')],
      format: 'counselling-hour',
      topics: ['multilingualism', 'intercultural-opening'],
      languages: ['de'],
      areas: ['musterstadt', 'neuhausen', 'lindenberg', 'bergheim-ost', 'auental', 'kirchdorf', 'waldbach', 'rosenthal'],
    },
    {
      id: 'rechtsberatung-aufenthalt',
      title: { de: 'Beratung zum Aufenthaltsrecht', en: 'Advice on residence law', ar: 'استشارة حول قانون الإقامة' },
      summary: { de: 'Eine Anwältin beantwortet Fragen zu Aufenthalt und Familiennachzug. Mit Übersetzung auf Tigrinya.', en: 'A lawyer answers questions on residence and family reunification. With Tigrinya interpreting.' },
      description: { de: 'Die Beratung ist kostenlos und vertraulich. Leider muss der Termin ausfallen, weil die Anwältin krank ist. Ein neuer Termin folgt.', en: 'The advice is free and confidential. Unfortunately the date is cancelled because the lawyer is ill. A new date will follow.' },
      ...once(on(8, SUN), '15:00', '17:00'),
      location: { kind: 'address', address: address('auental', 'Auenstraße 30, Eingang Schulhof', 78) },
      organizers: [org('eritreische-initiative-auental'), OFFICE],
      cooperation: 'mo-with-municipal',
      format: 'counselling-hour',
      topics: ['refugees'],
      languages: ['ti', 'ar', 'de'],
      areas: ['auental'],
      status: 'cancelled',
    },

    // ── Workshops and qualification for associations ───────────────────────
    {
      id: 'workshop-vereinsgruendung',
      title: { de: 'Workshop: Einen Verein gründen', en: 'Workshop: founding an association', tr: 'Atölye: Dernek kurmak', ar: 'ورشة عمل: تأسيس جمعية' },
      summary: { de: 'Satzung, Vorstand, Eintragung, Gemeinnützigkeit: Schritt für Schritt zum e.V.', en: 'Statutes, board, registration, non-profit status: step by step to a registered association.' },
      description: {
        de: 'Viele Gruppen arbeiten ohne Verein. Mit einem e.V. können sie leichter Fördergeld bekommen. Wir erklären die Schritte und schauen uns Mustersatzungen an.',
        en: 'Many groups work without an association. As a registered association they can get funding more easily. We explain the steps and look at model statutes.',
      },
      ...vereinsgruendung,
      location: room('iz-lindenberg-seminarraum'),
      organizers: [org('netzwerk-mo-musterkreis')],
      cooperation: 'mo-with-municipal',
      format: 'workshop',
      topics: ['association-support'],
      languages: ['de', 'ar', 'tr'],
      areas: ['lindenberg', 'auental', 'kirchdorf'],
      registration: { required: true, email: 'foerderung@netzwerk-mo.example.org', deadline: deadline(vereinsgruendung.start, 3), capacity: 20 },
    },
    {
      id: 'workshop-foerderantraege',
      title: { de: 'Workshop: Förderanträge gut schreiben', en: 'Workshop: writing good funding applications', uk: 'Воркшоп: як добре написати заявку на фінансування' },
      summary: { de: 'Aus dem Programm „Haus der Ressourcen“: Projektidee, Finanzplan und Antrag üben.', en: 'From the “House of Resources” programme: practise the project idea, budget and application.' },
      description: {
        de: 'Wir üben an echten Projektideen aus Ihren Vereinen. Sie lernen, wie ein Finanzplan aussieht und was im Verwendungsnachweis steht. Teilnahme vor Ort oder online.',
        en: 'We practise with real project ideas from your associations. You learn what a budget looks like and what goes into the final report. Join on site or online.',
      },
      ...once(on(22, SAT), '10:00', '14:00', 'stz-neuhausen-gruppenraum'),
      location: hybrid('stz-neuhausen-gruppenraum', 'foerderantraege'),
      organizers: [OFFICE],
      cooperation: 'municipal-with-mo',
      format: 'workshop',
      topics: ['association-support'],
      languages: ['de'],
      areas: ['neuhausen', 'musterstadt'],
      registration: { required: true, url: 'https://integration.musterkreis.example.de/workshops', capacity: 18 },
    },
    {
      id: 'workshop-kassenfuehrung',
      title: { de: 'Online-Workshop: Kasse und Buchhaltung im Verein', en: 'Online workshop: treasury and bookkeeping in associations' },
      summary: { de: 'Was muss die Kassenwartin wissen? Belege, Kassenbuch, Kassenprüfung.', en: 'What does a treasurer need to know? Receipts, cash book, audit.' },
      description: { de: 'Eine Steuerberaterin erklärt die Grundlagen. Die Folien gibt es danach auf Deutsch und in Einfacher Sprache.' },
      ...once(on(35, TUE), '19:00', '20:30'),
      location: online('kassenfuehrung'),
      organizers: [OFFICE, org('forum-interkulturelle-vereine-lindenberg')],
      cooperation: 'municipal-with-mo',
      format: 'workshop',
      topics: ['association-support'],
      languages: ['de'],
      areas: ['lindenberg', 'auental', 'kirchdorf'],
      registration: { required: true, url: 'https://integration.musterkreis.example.de/workshops' },
    },
    {
      id: 'workshop-oeffentlichkeitsarbeit',
      title: { de: 'Workshop: Pressearbeit und Social Media für Vereine', en: 'Workshop: press work and social media for associations' },
      summary: { de: 'So kommen Ihre Erfolge in die Zeitung und ins Netz.', en: 'How to get your achievements into the paper and online.' },
      description: {
        de: 'Eine Journalistin der Lokalzeitung erklärt, wie eine gute Pressemitteilung aussieht. Danach üben wir Beiträge für Instagram und Facebook.',
        en: 'A local newspaper journalist explains what a good press release looks like. Then we practise posts for Instagram and Facebook.',
      },
      ...once(on(57, SAT), '10:00', '13:00', 'iz-lindenberg-begegnungsraum'),
      location: hybrid('iz-lindenberg-begegnungsraum', 'pressearbeit'),
      organizers: [OFFICE, org('neue-stimmen-jugendnetzwerk')],
      cooperation: 'joint',
      format: 'workshop',
      topics: ['association-support', 'society-politics'],
      languages: ['de'],
      areas: ['lindenberg'],
      registration: { required: true, email: 'integration@musterkreis.example.de' },
    },
    {
      id: 'erste-hilfe-kurs-vereine',
      title: { de: 'Erste-Hilfe-Kurs für Übungsleiter und Vereinsaktive', en: 'First aid course for coaches and volunteers' },
      summary: { de: 'Der Kurs gilt für die Übungsleiter-Lizenz. Kostenlos für Vereine aus dem Landkreis.', en: 'Valid for the coaching licence. Free for associations in the district.' },
      description: { de: 'Ein Ausbilder des Roten Kreuzes zeigt die wichtigsten Handgriffe. Bitte bequeme Kleidung mitbringen.', en: 'A Red Cross trainer shows the most important first-aid steps. Please wear comfortable clothes.' },
      ...erstehilfe,
      location: room('buergerhaus-kirchdorf-clubraum'),
      organizers: [OFFICE],
      cooperation: 'municipal-with-mo',
      format: 'course',
      topics: ['association-support', 'sport', 'social-health-seniors'],
      languages: ['de'],
      areas: ['kirchdorf', 'auental'],
      registration: { required: true, email: 'integration@musterkreis.example.de', deadline: deadline(erstehilfe.start, 7), capacity: 16 },
    },
    {
      id: 'mentoring-auftakt',
      title: { de: 'Auftakt Mentoring-Programm für internationale Fachkräfte', en: 'Kick-off of the mentoring programme for international professionals' },
      summary: { de: 'Mentorinnen und Mentees lernen sich kennen. Zwölf Tandems starten.', en: 'Mentors and mentees get to know each other. Twelve tandems start.' },
      description: { de: 'Das Mentoring dauert sechs Monate. Mentorinnen aus Betrieben der Region begleiten Fachkräfte mit ausländischem Abschluss.', en: 'The mentoring lasts six months. Mentors from local companies support professionals with foreign qualifications.' },
      ...once(on(16, WED), '18:00', '20:30', 'rathaus-sitzungszimmer'),
      location: room('rathaus-sitzungszimmer'),
      organizers: [org('akademikerverein-musterkreis'), org('unternehmerverband-interkulturell')],
      cooperation: 'mo-with-municipal',
      format: 'workshop',
      topics: ['labour-economy'],
      languages: ['de', 'en'],
      areas: ['musterstadt'],
      registration: { required: true, email: 'mentoring@akademiker-musterkreis.example.org', capacity: 24 },
    },
    {
      id: 'semah-workshop',
      title: { de: 'Semah-Workshop für Jugendliche', tr: 'Gençler için semah atölyesi' },
      summary: { de: 'Den alevitischen Ritualtanz Semah kennenlernen – offen für alle.', tr: 'Alevi ritüel dansı semahı tanıyın – herkese açık.' },
      description: { de: 'Ein Semah-Lehrer aus Köln zeigt die Bewegungen und erklärt ihre Bedeutung.' },
      ...once(on(27, SUN), '13:00', '16:00'),
      location: { kind: 'address', address: address('kirchdorf', 'Mühlbachweg 12', 79) },
      organizers: [org('alevitische-gemeinde-kirchdorf')],
      format: 'workshop',
      topics: ['culture-intercultural', 'religion-interreligious', 'youth-education'],
      languages: ['tr', 'de'],
      areas: ['kirchdorf'],
    },
    {
      id: 'podcast-workshop-neue-stimmen',
      title: { de: 'Podcast-Workshop: Unsere Geschichten', en: 'Podcast workshop: our stories' },
      summary: { de: 'Jugendliche nehmen eine Podcast-Folge über Herkunft und Heimat auf. Der Termin wird verschoben.', en: 'Young people record a podcast episode about origin and home. The date is being moved.' },
      description: { de: 'Der Workshop wird verschoben, weil die Technik noch nicht da ist. Der neue Termin steht bald auf Instagram.', en: 'The workshop is postponed because the equipment has not arrived yet. The new date will be on Instagram soon.' },
      ...once(on(11, FRI), '16:00', '20:00', 'stz-neuhausen-gruppenraum'),
      location: room('stz-neuhausen-gruppenraum'),
      organizers: [org('neue-stimmen-jugendnetzwerk')],
      format: 'workshop',
      topics: ['youth-education', 'society-politics', 'anti-racism-democracy'],
      languages: ['de'],
      areas: ['neuhausen'],
      status: 'postponed',
    },
    {
      id: 'workshop-waehlen-gehen',
      title: { de: 'Online-Workshop: Wählen in Deutschland – wer darf was?', en: 'Online workshop: voting in Germany – who may do what?', tr: 'Çevrim içi atölye: Almanya’da seçimler – kim neye katılabilir?', fa: 'کارگاه آنلاین: رأی دادن در آلمان – چه کسی چه حقی دارد؟' },
      summary: { de: 'Kommunalwahl, Integrationsratswahl, Bundestagswahl: wer darf wählen? Einfach erklärt.', en: 'Local elections, integration council, federal elections: who can vote? Explained simply.' },
      description: { de: 'Wir erklären in Einfacher Sprache, wer bei welcher Wahl wählen darf. Fragen sind auf Türkisch und Farsi möglich.', en: 'We explain in plain language who may vote in which election. Questions can be asked in Turkish and Farsi.' },
      ...once(on(43, THU), '19:00', '20:30'),
      location: online('waehlen-gehen'),
      organizers: [org('demokratie-werkstatt-musterkreis')],
      format: 'workshop',
      topics: ['society-politics', 'anti-racism-democracy'],
      languages: ['de', 'tr', 'fa'],
      areas: ['musterstadt', 'neuhausen', 'lindenberg', 'bergheim-ost', 'auental', 'kirchdorf', 'waldbach', 'rosenthal'],
    },
    {
      id: 'kochabend-circolo',
      title: { de: 'Kochabend: Pasta wie in Kalabrien' },
      summary: { de: 'Gemeinsam Nudeln von Hand machen und essen. Kostenbeitrag für Zutaten.' },
      description: { de: 'Die Nonnas des Circolo zeigen, wie man Fileja-Nudeln macht. Wegen einer Erkrankung wird der Abend auf das Frühjahr verschoben.' },
      ...once(on(18, FRI), '18:00', '21:30', 'stz-neuhausen-lernkueche'),
      location: room('stz-neuhausen-lernkueche'),
      organizers: [org('circolo-italiano-waldbach')],
      format: 'workshop',
      topics: ['culture-intercultural', 'social-health-seniors'],
      languages: ['it', 'de'],
      areas: ['waldbach', 'neuhausen'],
      price: { free: false, amountEur: 12 },
      registration: { required: true, capacity: 12, email: 'circolo-waldbach@example.org' },
      status: 'postponed',
    },
    {
      id: 'moscheefuehrung-schulklassen',
      title: { de: 'Moscheeführung für Schulklassen und Gruppen', en: 'Mosque tour for school classes and groups', tr: 'Okul sınıfları ve gruplar için cami gezisi' },
      summary: { de: 'Die Gemeinde zeigt die Moschee und beantwortet Fragen zum Islam.', en: 'The community shows the mosque and answers questions about Islam.' },
      description: { de: 'Die Führung dauert etwa eine Stunde. Bitte Schuhe ausziehen; Kopftücher für Besucherinnen sind nicht nötig.', en: 'The tour takes about an hour. Please take off your shoes; headscarves are not required for visitors.' },
      ...once(on(9, FRI), '10:00', '11:30'),
      location: { kind: 'address', address: address('musterstadt', 'Mühlenweg 30', 80) },
      organizers: [org('moscheegemeinde-musterstadt')],
      format: 'workshop',
      topics: ['religion-interreligious', 'youth-education'],
      languages: ['de', 'tr'],
      areas: ['musterstadt'],
      registration: { required: true, email: 'dialog@moschee-muehlenweg.example.org', capacity: 30 },
    },

    // ── Information evenings, readings, films ──────────────────────────────
    {
      id: 'infoabend-ausbildung',
      title: { de: 'Info-Abend: Ausbildung in Betrieben von Migrantinnen und Migranten', en: 'Information evening: apprenticeships in migrant-owned businesses', tr: 'Bilgilendirme akşamı: Göçmen işletmelerinde meslek eğitimi', ar: 'أمسية إعلامية: التدريب المهني في شركات المهاجرين' },
      summary: { de: '20 Betriebe stellen freie Ausbildungsplätze vor. Für Jugendliche und Eltern.', en: '20 businesses present open apprenticeships. For young people and parents.' },
      description: {
        de: 'Handwerk, Pflege, Handel und Gastronomie: Betriebe aus dem Landkreis suchen Auszubildende. Jugendliche können direkt mit den Chefs sprechen. Eltern erfahren, wie die duale Ausbildung funktioniert.',
        en: 'Crafts, care, retail and hospitality: businesses from the district are looking for apprentices. Young people can talk directly to the owners. Parents learn how dual vocational training works.',
        tr: 'Zanaat, bakım, ticaret ve gastronomi: ilçedeki işletmeler çırak arıyor. Gençler doğrudan patronlarla konuşabilir. Veliler ikili meslek eğitiminin nasıl işlediğini öğrenir.',
      },
      ...once(on(14, THU), '17:00', '20:00', 'stz-neuhausen-saal'),
      location: room('stz-neuhausen-saal'),
      organizers: [org('unternehmerverband-interkulturell'), org('bildungswerk-bruecke'), OFFICE],
      cooperation: 'joint',
      format: 'information-evening',
      topics: ['labour-economy', 'youth-education'],
      languages: ['de', 'tr', 'ar', 'pl'],
      areas: ['neuhausen', 'musterstadt'],
    },
    {
      id: 'infoabend-einbuergerung-online',
      title: { de: 'Online-Info-Abend: Einbürgerung', en: 'Online information evening: naturalisation', tr: 'Çevrim içi bilgilendirme: Vatandaşlığa geçiş', ar: 'أمسية إعلامية عبر الإنترنت: التجنيس', uk: 'Онлайн-інформаційний вечір: натуралізація' },
      summary: { de: 'Die Einbürgerungsbehörde erklärt Voraussetzungen, Test und Kosten. Mit Übersetzung.', en: 'The naturalisation office explains requirements, test and costs. With interpreting.' },
      description: { de: 'Sie können Fragen im Chat stellen, auch anonym. Die Folien gibt es danach zum Herunterladen.', en: 'You can ask questions in the chat, also anonymously. The slides can be downloaded afterwards.' },
      ...once(on(10, TUE), '18:00', '19:30'),
      location: online('einbuergerung'),
      organizers: [OFFICE],
      cooperation: 'municipal-with-mo',
      format: 'information-evening',
      topics: ['society-politics', 'refugees'],
      languages: ['de', 'ar', 'tr', 'uk'],
      areas: ['musterstadt', 'neuhausen', 'lindenberg', 'bergheim-ost', 'auental', 'kirchdorf', 'waldbach', 'rosenthal'],
    },
    {
      id: 'vortrag-anerkennung-abschluesse',
      title: { de: 'Online-Vortrag: Anerkennung ausländischer Abschlüsse', en: 'Online talk: recognition of foreign qualifications', ar: 'محاضرة عبر الإنترنت: الاعتراف بالشهادات الأجنبية', fa: 'سخنرانی آنلاین: به رسمیت شناختن مدارک خارجی' },
      summary: { de: 'Wer ist zuständig, was kostet es, wie lange dauert es? Mit Beispielen aus Pflege und Technik.', en: 'Who is responsible, what does it cost, how long does it take? With examples from care and engineering.' },
      description: { de: 'Die Anerkennungsberatung der IHK und zwei Mitglieder berichten von ihren Erfahrungen.', en: 'The chamber’s recognition advice service and two members share their experiences.' },
      ...once(on(21, MON), '19:00', '20:30'),
      location: online('anerkennung'),
      organizers: [org('akademikerverein-musterkreis')],
      format: 'information-evening',
      topics: ['labour-economy'],
      languages: ['de', 'en', 'ar', 'fa'],
      areas: ['musterstadt', 'neuhausen', 'bergheim-ost'],
    },
    {
      id: 'gesundheitsvortrag-diabetes',
      title: { de: 'Gesundheitsvortrag: Diabetes verstehen', tr: 'Sağlık sohbeti: Diyabeti anlamak' },
      summary: { de: 'Eine Ärztin spricht auf Türkisch über Zucker, Ernährung und Vorsorge.', tr: 'Bir doktor Türkçe olarak şeker hastalığı, beslenme ve korunma hakkında konuşuyor.' },
      description: { de: 'Der Vortrag ist Teil des Frauenfrühstücks. Es gibt Zeit für Fragen.', tr: 'Sohbet kadın kahvaltısının bir parçasıdır. Sorular için zaman var.' },
      ...once(on(30, FRI), '09:30', '11:30'),
      location: { kind: 'address', address: address('musterstadt', 'Rosenstraße 9', 81) },
      organizers: [org('tuerkischer-frauenverein-musterstadt')],
      cooperation: 'mo-with-municipal',
      format: 'information-evening',
      topics: ['social-health-seniors', 'gender-specific-work'],
      languages: ['tr'],
      areas: ['musterstadt'],
      audience: { de: 'Frauen', tr: 'Kadınlar' },
    },
    {
      id: 'lesung-syrisches-kulturforum',
      title: { de: 'Lesung: Zwischen Damaskus und Waldbach', ar: 'أمسية قراءة: بين دمشق وفالدباخ' },
      summary: { de: 'Eine Autorin liest auf Arabisch und Deutsch aus ihrem Roman über das Ankommen.', ar: 'كاتبة تقرأ بالعربية والألمانية من روايتها عن الوصول والاستقرار.' },
      description: { de: 'Nach der Lesung gibt es ein Gespräch mit dem Publikum. Die Lesung ist zweisprachig.', ar: 'بعد القراءة يجري حوار مع الجمهور. القراءة باللغتين.' },
      ...once(on(34, THU), '19:30', '21:30'),
      location: { kind: 'address', address: address('waldbach', 'Marktstraße 10, Stadtbücherei', 82) },
      organizers: [org('syrisches-kulturforum-waldbach')],
      cooperation: 'mo-with-municipal',
      format: 'information-evening',
      topics: ['culture-intercultural', 'refugees'],
      languages: ['ar', 'de'],
      areas: ['waldbach'],
    },
    {
      id: 'filmabend-anderswo-zuhause',
      title: { de: 'Filmabend „Anderswo zu Hause“ mit Gespräch', en: 'Film evening “At home elsewhere” with discussion' },
      summary: { de: 'Dokumentarfilm über drei Generationen Gastarbeiterfamilien. Fällt leider aus.', en: 'Documentary on three generations of guest-worker families. Unfortunately cancelled.' },
      description: { de: 'Die Vorführung fällt aus, weil wir keine Rechte für den Film bekommen haben.', en: 'The screening is cancelled because we could not get the rights to the film.' },
      ...once(on(23, THU), '19:00', '21:30', 'iz-lindenberg-begegnungsraum'),
      location: room('iz-lindenberg-begegnungsraum'),
      organizers: [org('griechische-gemeinde-musterstadt'), org('dtkv-musterstadt')],
      format: 'information-evening',
      topics: ['remembrance', 'culture-intercultural'],
      languages: ['de'],
      areas: ['lindenberg', 'musterstadt'],
      status: 'cancelled',
    },
    {
      id: 'infoabend-wohnen',
      title: { de: 'Info-Abend: Eine Wohnung finden im Landkreis', en: 'Information evening: finding a flat in the district' },
      summary: { de: 'Wohnberechtigungsschein, Mietvertrag, Kaution. Fällt aus – neuer Termin im Frühjahr.', en: 'Housing entitlement certificate, rental contract, deposit. Cancelled – new date in spring.' },
      description: { de: 'Der Abend fällt aus. Die Wohnungsberatung bietet im Frühjahr einen neuen Termin an.' },
      ...once(on(28, WED), '18:00', '20:00', 'buergerhaus-kirchdorf-clubraum'),
      location: room('buergerhaus-kirchdorf-clubraum'),
      organizers: [OFFICE, org('ukraine-hilfe-waldbach')],
      cooperation: 'municipal-with-mo',
      format: 'information-evening',
      topics: ['refugees', 'neighbourhood-development'],
      languages: ['de', 'uk', 'ru'],
      areas: ['kirchdorf', 'waldbach'],
      status: 'cancelled',
    },

    // ── Regular groups ─────────────────────────────────────────────────────
    {
      id: 'frauenfruehstueck',
      title: { de: 'Frauenfrühstück', tr: 'Kadın kahvaltısı', en: 'Women’s breakfast' },
      summary: { de: 'Jeden Freitag frühstücken Frauen zusammen und sprechen über Themen des Alltags.', tr: 'Her cuma kadınlar birlikte kahvaltı yapıp günlük konular hakkında konuşuyor.' },
      description: { de: 'Bitte bringen Sie eine Kleinigkeit für das Buffet mit. Kinder unter drei Jahren dürfen mitkommen.', tr: 'Lütfen büfe için küçük bir şey getirin. Üç yaşından küçük çocuklar gelebilir.' },
      ...weekly(on(0, FRI), '09:30', '11:30', 'FREQ=WEEKLY;BYDAY=FR;COUNT=12', { skip: [4] }),
      location: { kind: 'address', address: address('musterstadt', 'Rosenstraße 9', 83) },
      organizers: [org('tuerkischer-frauenverein-musterstadt')],
      format: 'network-meeting',
      topics: ['gender-specific-work', 'social-health-seniors'],
      languages: ['tr', 'de'],
      areas: ['musterstadt'],
    },
    {
      id: 'chor-druschba',
      title: { de: 'Chorprobe im Seniorenclub Druschba', ru: 'Репетиция хора в клубе «Дружба»' },
      summary: { de: 'Russische, ukrainische und deutsche Volkslieder. Neue Stimmen willkommen.', ru: 'Русские, украинские и немецкие народные песни. Приглашаем новых певцов.' },
      description: { de: 'Der Chor probt jeden Donnerstag. Noten lesen ist nicht nötig.', ru: 'Хор репетирует каждый четверг. Знать ноты не обязательно.' },
      ...weekly(on(0, THU), '14:30', '16:30', `FREQ=WEEKLY;BYDAY=TH;UNTIL=${untilValue(addDays(base, 84))}`, { roomId: 'buergerhaus-kirchdorf-clubraum' }),
      location: room('buergerhaus-kirchdorf-clubraum'),
      organizers: [org('seniorenclub-druschba-kirchdorf')],
      format: 'course',
      topics: ['social-health-seniors', 'culture-intercultural'],
      languages: ['ru', 'uk', 'de'],
      areas: ['kirchdorf'],
    },
    {
      id: 'seniorencafe-griechische-gemeinde',
      title: { de: 'Café für Ältere in der Griechischen Gemeinde', en: 'Café for older people at the Greek community' },
      summary: { de: 'Kaffee, Tavli und Gespräche. Einmal im Monat mit Beratung vom Seniorenbüro.', en: 'Coffee, backgammon and conversation. Once a month with advice from the seniors’ office.' },
      description: { de: 'Jeden Mittwoch treffen sich Ältere zum Kaffee. Am ersten Mittwoch im Monat beantwortet das Seniorenbüro Fragen zu Rente und Pflege.' },
      ...weekly(on(0, WED), '15:00', '17:00', `FREQ=WEEKLY;BYDAY=WE;UNTIL=${untilValue(addDays(base, 88))}`),
      location: { kind: 'address', address: address('musterstadt', 'Papiermühlenstraße 15', 84) },
      organizers: [org('griechische-gemeinde-musterstadt')],
      cooperation: 'mo-with-municipal',
      format: 'network-meeting',
      topics: ['social-health-seniors', 'culture-intercultural'],
      languages: ['el', 'de'],
      areas: ['musterstadt'],
    },
    {
      id: 'tischtennis-maedchen',
      title: { de: 'Tischtennis für Mädchen', en: 'Table tennis for girls', ar: 'تنس الطاولة للفتيات' },
      summary: { de: 'Training für Mädchen von 10 bis 16 Jahren mit einer Trainerin.', ar: 'تدريب للفتيات من 10 إلى 16 سنة مع مدرّبة.' },
      description: { de: 'Schläger und Bälle sind da. Bitte Hallenschuhe mitbringen.', ar: 'المضارب والكرات متوفرة. يرجى إحضار أحذية رياضية للصالة.' },
      ...weekly(on(0, FRI), '17:00', '18:30', 'FREQ=WEEKLY;BYDAY=FR;COUNT=10'),
      location: { kind: 'address', address: address('bergheim-ost', 'Am Sportpark 3, Turnhalle', 85) },
      organizers: [org('syrisch-deutscher-sv-bergheim')],
      format: 'course',
      topics: ['sport', 'gender-specific-work', 'youth-education'],
      languages: ['ar', 'de'],
      areas: ['bergheim-ost'],
    },
    {
      id: 'fussball-schnuppertraining-frauen',
      title: { de: 'Schnuppertraining Frauenfußball', en: 'Women’s football taster session', fa: 'تمرین آزمایشی فوتبال زنان', ar: 'تدريب تجريبي لكرة القدم النسائية' },
      summary: { de: 'Ohne Vorkenntnisse mitspielen. Frauen aus allen Ländern sind willkommen.', en: 'Join in without any experience. Women from all countries welcome.' },
      description: { de: 'Das Training findet in der Halle statt. Es gibt eine Umkleide nur für Frauen.', en: 'Training takes place indoors. There is a women-only changing room.' },
      ...once(on(6, TUE), '19:00', '20:30'),
      location: { kind: 'address', address: address('neuhausen', 'Stadionweg 7, Sporthalle Neuhausen', 86) },
      organizers: [org('fc-internationale-neuhausen')],
      format: 'course',
      topics: ['sport', 'gender-specific-work'],
      languages: ['de', 'ti', 'fa', 'ar'],
      areas: ['neuhausen'],
    },
    {
      id: 'erzaehlcafe-kulturbruecke',
      title: { de: 'Erzählcafé: Wie ich nach Rosenthal kam', en: 'Storytelling café: how I came to Rosenthal' },
      summary: { de: 'Ältere Menschen erzählen von ihrem Ankommen. Jüngere hören zu und fragen nach.', en: 'Older people tell how they arrived. Younger people listen and ask questions.' },
      description: { de: 'Das Erzählcafé findet am zweiten Samstag im Monat statt. Die Geschichten sammeln wir für eine Ausstellung.' },
      ...monthlySeries(0, SAT, 2, '15:00', '17:00', 'count'),
      location: { kind: 'address', address: address('rosenthal', 'Gartenstraße 1', 87) },
      organizers: [org('kulturbruecke-rosenthal')],
      cooperation: 'mo-with-municipal',
      format: 'network-meeting',
      topics: ['remembrance', 'neighbourhood-development', 'social-health-seniors'],
      languages: ['de', 'tr', 'sq'],
      areas: ['rosenthal'],
    },
    {
      id: 'frauentreff-mosaik',
      title: { de: 'Frauentreff Mosaik', en: 'Mosaik women’s meeting', ar: 'لقاء النساء موزاييك', uk: 'Жіноча зустріч «Мозаїка»' },
      summary: { de: 'Gesprächskreis für Frauen aus vielen Ländern. Jeden Montagabend.', uk: 'Розмовний клуб для жінок з різних країн. Щопонеділка ввечері.' },
      description: { de: 'Wir sprechen über Arbeit, Familie und Gesundheit. Einmal im Monat kommt eine Beraterin vom Jobcenter.' },
      ...weekly(on(0, MON), '18:30', '20:30', `FREQ=WEEKLY;BYDAY=MO;UNTIL=${untilValue(addDays(base, 86))}`, { roomId: 'iz-lindenberg-vereinsbuero' }),
      location: room('iz-lindenberg-vereinsbuero'),
      organizers: [org('frauennetzwerk-mosaik')],
      format: 'network-meeting',
      topics: ['gender-specific-work', 'labour-economy'],
      languages: ['de', 'ar', 'uk', 'ru', 'fa', 'tr'],
      areas: ['lindenberg'],
    },
    {
      id: 'jugendtreff-brueckenschlag-musikstudio',
      title: { de: 'Offenes Musikstudio im Jugendclub', en: 'Open music studio at the youth club' },
      summary: { de: 'Beats bauen, rappen, aufnehmen: für Jugendliche von 13 bis 21.', en: 'Make beats, rap, record: for young people aged 13 to 21.' },
      description: { de: 'Jeden Freitagabend ist das Musikstudio offen. Ein Tontechniker hilft bei den Aufnahmen.' },
      ...weekly(on(0, FRI), '18:00', '21:00', 'FREQ=WEEKLY;BYDAY=FR;COUNT=12', { skip: [5] }),
      location: { kind: 'address', address: address('waldbach', 'Bachstraße 18', 88) },
      organizers: [org('jugendclub-brueckenschlag-waldbach')],
      format: 'course',
      topics: ['youth-education', 'culture-intercultural'],
      languages: ['de', 'ar', 'tr'],
      areas: ['waldbach'],
    },
    {
      id: 'regionaltreffen-elternvereine-online',
      title: { de: 'Online-Treffen der Elternvereine', en: 'Online meeting of parents’ associations', uk: 'Онлайн-зустріч батьківських обʼєднань' },
      summary: { de: 'Elternvereine aus dem ganzen Landkreis tauschen sich über Herkunftssprachen-Unterricht aus.', en: 'Parents’ associations from the whole district share experiences of heritage-language classes.' },
      description: { de: 'Themen: Räume in Schulen, Lehrkräfte finden, Förderung. Das Integrationsbüro ist dabei.', en: 'Topics: rooms in schools, finding teachers, funding. The integration office takes part.' },
      ...once(on(37, MON), '19:30', '21:00'),
      location: online('elternvereine'),
      organizers: [org('ukrainischer-elternverein-neuhausen'), org('arabischer-elternverein-bergheim'), org('elternnetzwerk-kirchdorf')],
      cooperation: 'mo-with-municipal',
      format: 'network-meeting',
      topics: ['youth-education', 'multilingualism', 'association-support'],
      languages: ['de', 'uk', 'ar'],
      areas: ['neuhausen', 'bergheim-ost', 'kirchdorf'],
    },
    {
      id: 'runder-tisch-religionen',
      title: { de: 'Runder Tisch der Religionen', en: 'Round table of religions', tr: 'Dinler yuvarlak masası', ar: 'الطاولة المستديرة للأديان' },
      summary: { de: 'Gemeinden aus Islam, Christentum, Alevitentum und Ezidentum planen gemeinsame Aktionen.', en: 'Communities of Islam, Christianity, Alevism and Yazidism plan joint activities.' },
      description: { de: 'Der Runde Tisch trifft sich dreimal im Jahr. Diesmal planen wir einen gemeinsamen Friedensgang.', en: 'The round table meets three times a year. This time we are planning a joint peace walk.' },
      ...once(on(41, TUE), '18:00', '20:00', 'iz-lindenberg-begegnungsraum'),
      location: room('iz-lindenberg-begegnungsraum'),
      organizers: [org('moscheegemeinde-musterstadt'), org('alevitische-gemeinde-kirchdorf'), org('tewahedo-gemeinde-lindenberg'), org('ezidische-gemeinde-neuhausen'), OFFICE],
      cooperation: 'joint',
      format: 'working-group',
      topics: ['religion-interreligious', 'anti-racism-democracy'],
      languages: ['de'],
      areas: ['lindenberg', 'musterstadt', 'kirchdorf', 'neuhausen'],
    },
    {
      id: 'arbeitskreis-gefluechtete',
      title: { de: 'Arbeitskreis Geflüchtete Bergheim-Ost', en: 'Refugee working group Bergheim-Ost' },
      summary: { de: 'Initiativen, Sozialarbeit und Jobcenter stimmen die Hilfe für Geflüchtete ab.', en: 'Initiatives, social work and job centre coordinate help for refugees.' },
      description: { de: 'Wir besprechen offene Fälle ohne Namen und verteilen Aufgaben. Neue Initiativen sind willkommen.' },
      ...once(on(46, THU), '17:00', '19:00'),
      location: { kind: 'address', address: address('bergheim-ost', 'Jugendweg 2', 89) },
      organizers: [org('kompass-jugendhilfe'), OFFICE],
      cooperation: 'joint',
      format: 'working-group',
      topics: ['refugees', 'social-health-seniors'],
      languages: ['de', 'ar'],
      areas: ['bergheim-ost'],
    },
    {
      id: 'stadtteilkonferenz-neuhausen',
      title: { de: 'Stadtteilkonferenz Neuhausen-Nord', en: 'Neighbourhood conference Neuhausen-Nord' },
      summary: { de: 'Wie soll der Stadtteil in zehn Jahren aussehen? Bewohnerinnen und Vereine reden mit.', en: 'What should the neighbourhood look like in ten years? Residents and associations have their say.' },
      description: {
        de: 'Die Stadt plant einen neuen Spielplatz und mehr Grün. Bei der Konferenz können alle ihre Ideen einbringen. Es gibt Sprachmittlung auf Türkisch, Arabisch und Kurdisch.',
        en: 'The town is planning a new playground and more green space. At the conference everyone can contribute ideas. Interpreting in Turkish, Arabic and Kurdish is available.',
      },
      ...once(on(48, SAT), '11:00', '15:00', 'stz-neuhausen-saal'),
      location: room('stz-neuhausen-saal'),
      organizers: [OFFICE, org('kurdisches-kulturhaus-neuhausen'), org('heimatverein-kayseri-neuhausen')],
      cooperation: 'municipal-with-mo',
      format: 'hearing',
      topics: ['neighbourhood-development', 'society-politics'],
      languages: ['de', 'tr', 'ar', 'ku'],
      areas: ['neuhausen'],
    },
    {
      id: 'jahresversammlung-netzwerk',
      title: { de: 'Mitgliederversammlung des Netzwerks der Migrantenorganisationen', en: 'General meeting of the network of migrant organisations' },
      summary: { de: 'Rechenschaftsbericht, Wahl des Vorstands und Planung für das neue Jahr.', en: 'Annual report, board election and planning for the new year.' },
      description: { de: 'Jede Mitgliedsorganisation hat zwei Stimmen. Anträge bitte bis zwei Wochen vorher schicken.' },
      ...once(on(59, SUN), '14:00', '18:00', 'iz-lindenberg-begegnungsraum'),
      location: room('iz-lindenberg-begegnungsraum'),
      organizers: [org('netzwerk-mo-musterkreis')],
      format: 'network-meeting',
      topics: ['association-support'],
      languages: ['de'],
      areas: ['musterstadt', 'lindenberg'],
    },
    {
      id: 'cricket-hallentraining',
      title: { de: 'Cricket-Hallentraining', en: 'Indoor cricket training', fa: 'تمرین کریکت در سالن' },
      summary: { de: 'Im Winter trainieren wir in der Halle. Anfänger sind willkommen.', fa: 'در زمستان در سالن تمرین می‌کنیم. تازه‌کارها خوش آمدند.' },
      description: { de: 'Schläger und Bälle leihen wir aus. Bitte Sportkleidung mitbringen.' },
      ...weekly(on(0, SUN), '16:00', '18:00', 'FREQ=WEEKLY;BYDAY=SU;COUNT=8', { skip: [3] }),
      location: { kind: 'address', address: address('rosenthal', 'Sportplatzweg 1, Turnhalle', 90) },
      organizers: [org('afghanischer-kultur-sportverein-rosenthal')],
      format: 'course',
      topics: ['sport', 'youth-education'],
      languages: ['fa', 'ps', 'de'],
      areas: ['rosenthal'],
    },
    {
      id: 'infoabend-foerderprogramme-land',
      title: { de: 'Info-Abend: Neue Förderprogramme des Landes für Migrantenorganisationen', en: 'Information evening: new state funding programmes for migrant organisations' },
      summary: { de: 'Das Kommunale Integrationszentrum stellt die neuen Programme und Fristen vor.', en: 'The municipal integration centre presents the new programmes and deadlines.' },
      description: { de: 'Wir erklären, wer antragsberechtigt ist und welche Fristen gelten. Danach gibt es Zeit für Einzelfragen.' },
      ...once(on(53, TUE), '18:00', '20:00', 'rathaus-sitzungszimmer'),
      location: room('rathaus-sitzungszimmer'),
      organizers: [OFFICE],
      cooperation: 'municipal-with-mo',
      format: 'information-evening',
      topics: ['association-support'],
      languages: ['de'],
      areas: ['musterstadt'],
    },
    {
      id: 'eritreisches-kaffeezeremonie',
      title: { de: 'Eritreische Kaffeezeremonie zum Kennenlernen', en: 'Eritrean coffee ceremony to get to know each other' },
      summary: { de: 'Kaffee wird frisch geröstet und in drei Runden getrunken. Nachbarn sind eingeladen.', en: 'Coffee is freshly roasted and drunk in three rounds. Neighbours are invited.' },
      description: { de: 'Die Initiative lädt zur traditionellen Kaffeezeremonie ein. Dabei erzählen wir von Eritrea und unserem Leben hier.' },
      ...once(on(55, SUN), '15:00', '18:00'),
      location: { kind: 'address', address: address('auental', 'Wiesenweg 5, Gemeinschaftsraum', 91) },
      organizers: [org('eritreische-initiative-auental')],
      format: 'public-celebration',
      topics: ['culture-intercultural', 'refugees'],
      languages: ['ti', 'de', 'en'],
      areas: ['auental'],
    },
  ];
  return events;
}

function bookingsOf({ on, once }: Calendar): DemoBooking[] {
  const slots: Array<[roomId: string, day: LocalDay, from: string, to: string, purpose: string]> = [
    ['rathaus-sitzungszimmer', on(3, MON), '18:00', '20:00', 'Vorstandssitzung Deutsch-Türkischer Kulturverein'],
    ['rathaus-sitzungszimmer', on(10, TUE), '10:00', '12:00', 'Abstimmung Sprachmittler-Pool mit dem Jugendamt'],
    ['rathaus-ratssaal', on(8, FRI), '09:00', '13:00', 'Sitzung des Integrationsrats'],
    ['rathaus-besprechungsraum-integrationsbuero', on(4, MON), '10:00', '11:30', 'Beratungsgespräch Vereinsgründung'],
    ['stz-neuhausen-lernkueche', on(6, SAT), '10:00', '14:00', 'Kochkurs Syrische Küche für Nachbarinnen'],
    ['stz-neuhausen-saal', on(15, SUN), '12:00', '18:00', 'Familienfest der Ezidischen Gemeinde'],
    ['iz-lindenberg-seminarraum', on(5, MON), '18:00', '21:00', 'Vorbereitungstreffen Interkulturelle Woche'],
    ['iz-lindenberg-vereinsbuero', on(2, WED), '17:00', '20:00', 'Kassenprüfung Polnischer Kulturverein'],
    ['gs-auental-klassenraum', on(4, SAT), '12:00', '14:00', 'Arabisch-Unterricht Marokkanisch-Deutscher Verein'],
    ['buergerhaus-kirchdorf-clubraum', on(7, TUE), '19:00', '21:00', 'Probe der Theatergruppe'],
    ['buergerhaus-kirchdorf-saal', on(20, SUN), '14:00', '19:00', 'Jahreshauptversammlung Bosnisch-Herzegowinischer Verein'],
  ];
  return slots.map(([roomId, day, from, to, purpose]) => ({ roomId, ...once(day, from, to, roomId), purpose }));
}
