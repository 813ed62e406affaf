import { clockTime, type TimingRow } from '../../tracks/timing';

/** The timing plan as a table: when each part starts and how long it takes. */
export default function TimingTable({ rows, caption }: { rows: TimingRow[]; caption: string }) {
  return (
    <table class="timing data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Starts</th>
          <th scope="col">Part</th>
          <th scope="col">Minutes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.part}>
            <td>{clockTime(row.startsAt)}</td>
            <th scope="row">{row.part}</th>
            <td>{row.minutes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
