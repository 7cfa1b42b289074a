import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { FailureNotice, Loading, Table, When } from '../components.tsx';
import { AuditEventsDocument } from '../operations.generated.ts';

const PAGE_SIZE = 25;

interface Filters {
  action: string;
  actorId: string;
  since: string;
  until: string;
}

const EMPTY: Filters = { action: '', actorId: '', since: '', until: '' };
const instant = (local: string) => (local ? new Date(local).toISOString() : null);

export function AuditScreen({ organizationId }: { organizationId: string }) {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState<{ after?: string; before?: string }>({});
  const variables = {
    organizationId,
    action: filters.action || null,
    actorId: filters.actorId || null,
    since: instant(filters.since),
    until: instant(filters.until),
    ...(page.before ? { last: PAGE_SIZE, before: page.before } : { first: PAGE_SIZE, after: page.after ?? null }),
  };
  const [{ data, error, fetching }] = useQuery({ query: AuditEventsDocument, variables });
  const connection = data?.organization?.auditEvents;
  const events = connection?.edges.map((edge) => edge.node) ?? [];
  const set = (name: keyof Filters) => (event: { currentTarget: HTMLInputElement }) => setDraft({ ...draft, [name]: event.currentTarget.value });
  const apply = (event: Event) => {
    event.preventDefault();
    setFilters(draft);
    setPage({});
  };
  return (
    <>
      <h1>Audit log</h1>
      <form class="inline-form" onSubmit={apply} aria-label="Filter the audit log">
        <div class="field">
          <label for="audit-action">Action</label>
          <input id="audit-action" placeholder="project.create" value={draft.action} onInput={set('action')} />
        </div>
        <div class="field">
          <label for="audit-actor">Actor id</label>
          <input id="audit-actor" value={draft.actorId} onInput={set('actorId')} />
        </div>
        <div class="field">
          <label for="audit-since">Since</label>
          <input id="audit-since" type="datetime-local" value={draft.since} onInput={set('since')} />
        </div>
        <div class="field">
          <label for="audit-until">Until</label>
          <input id="audit-until" type="datetime-local" value={draft.until} onInput={set('until')} />
        </div>
        <button type="submit">Filter</button>
      </form>
      <FailureNotice error={error} />
      {fetching && !data ? (
        <Loading />
      ) : (
        <>
          <Table caption="Audit events, newest first" columns={['When', 'Action', 'Actor', 'Target', 'Changes']}>
            {events.map((event) => (
              <tr key={event.id}>
                <td>
                  <When value={event.createdAt} />
                </td>
                <th scope="row">{event.action}</th>
                <td>
                  {event.actor.kind} <code>{event.actor.id}</code>
                </td>
                <td>
                  {event.targetType} <code>{event.targetId}</code>
                </td>
                <td>
                  <code class="changes">{JSON.stringify(event.changes)}</code>
                </td>
              </tr>
            ))}
          </Table>
          {data && events.length === 0 && <p>No events match.</p>}
          <div class="pager">
            <button type="button" disabled={!connection?.pageInfo.hasPreviousPage} onClick={() => setPage({ before: connection!.pageInfo.startCursor! })}>
              Newer
            </button>
            <button type="button" disabled={!connection?.pageInfo.hasNextPage} onClick={() => setPage({ after: connection!.pageInfo.endCursor! })}>
              Older
            </button>
          </div>
        </>
      )}
    </>
  );
}
