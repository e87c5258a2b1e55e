/**
 * Event details that mean the same in every widget. Each widget documents
 * its events with `@fires`; the shapes below are shared so that a host page
 * can handle `tk-navigate` from any widget with one listener.
 */

/** Detail of `tk-navigate`: the reader follows a link to an organisation (in the directory's terms). */
export interface NavigateEventDetail {
  /** The organisation id (as in `/organizations/{id}`). */
  id: string;
  /** The organisation's name. */
  name: string;
  /** The id of the record the reader comes from: an organisation or an event. */
  from: string;
}
