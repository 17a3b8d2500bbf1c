// A TableData (analytics-tables.ts) as the shared accessible table.
import { Table } from '../components/table.tsx';
import type { TableData } from './analytics-tables.ts';

export function DataTable({ data }: { data: TableData }) {
  return <Table caption={data.caption} head={data.head} rows={data.rows} rowHeaders />;
}
