export {
  LOOKUP_EVENTS_PER_SECOND,
  lookupChangeEvents,
  type ChangeEventQuery,
  type LookupChangeEventsOptions,
  type LookupEventJson,
} from './lookup-change-events';
