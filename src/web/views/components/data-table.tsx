// Figures as rows of strings — what a chart shows, as its table and its CSV.
import { Table } from './table.tsx';

export type TableData = { caption: string; head: string[]; rows: string[][] };

export function DataTable({ data }: { data: TableData }) {
  return <Table caption={data.caption} head={data.head} rows={data.rows} rowHeaders />;
}
