/** A track's learning objectives, on its page and its pack's cover: what participants can do afterwards. */
export default function Objectives({ objectives, id }: { objectives: string[]; id: string }) {
  if (objectives.length === 0) return null;
  return (
    <section class="objectives" aria-labelledby={id}>
      <h2 id={id}>By the end, participants can</h2>
      <ul>
        {objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </section>
  );
}
