interface Props {
  label: string;
  text: string;
}

/** A saved rehearsal note, shown as text (never HTML) with its line breaks kept. */
export default function SavedNote({ label, text }: Props) {
  return (
    <blockquote class="saved-note">
      <p class="saved-note-label">{label}</p>
      <p class="saved-note-text">{text}</p>
    </blockquote>
  );
}
