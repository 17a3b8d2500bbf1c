// The user's notifications (issue 12): newest first, unread marked, each a link to where the work
// is (opening it marks it read), paged on the server; "mark all read".
import { formatDanishDateTime } from '../../../core/calendar.ts';
import { NOTIFICATION_LABEL } from '../../../core/labels.ts';
import type { NotificationPage } from '../../../services/notifications/notifications.ts';
import { Layout } from '../layout.tsx';
import { Csrf } from '../forms.tsx';
import { Pagination } from '../components/pagination.tsx';
import { Table } from '../components/table.tsx';
import { Tag } from '../components/tag.tsx';

export function NotificationsPage({ view }: { view: NotificationPage }) {
  return (
    <Layout title="Notifikationer">
      <h1>Notifikationer</h1>
      {view.total === 0 ? <p>Du har ingen notifikationer.</p> : (
        <>
          <p>{view.unread} ulæste af {view.total}.</p>
          {view.unread > 0 && (
            <form method="post" action="/notifications/read">
              <Csrf />
              <button type="submit" class="button button-secondary">Markér alle som læst</button>
            </form>
          )}
          <Table caption="Dine notifikationer, nyeste først" head={['Tidspunkt', 'Hvad', 'Status']}
            rows={view.rows.map((n) => [
              formatDanishDateTime(n.createdAt),
              <a href={`/notifications/${n.id}`}>{NOTIFICATION_LABEL[n.kind]}</a>,
              n.readAt ? 'Læst' : <Tag kind="info">Ny</Tag>,
            ])} />
          <Pagination page={view.page} pageCount={view.pageCount} total={view.total} noun="notifikationer" href={(p) => `/notifications?page=${p}`} />
        </>
      )}
    </Layout>
  );
}
