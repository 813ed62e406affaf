/*
 * An embedded dilemma tells the page around it how tall it is, whenever that
 * changes (answering shows the consequence and the tally; clearing the answer
 * hides them again). A host page that listens can size the <iframe> to fit,
 * taking the message only from its own frame (README, "Embedding a dilemma"):
 *   addEventListener('message', (e) => {
 *     if (e.source === frame.contentWindow && e.data?.type === 'judgment-calls:height') frame.style.height = `${e.data.height}px`;
 *   });
 * Pages that do not listen keep the height in the embed code. The height is
 * the body's own: the document's scrollHeight is never less than the frame,
 * so a frame sized by it could grow but never shrink.
 */
if (window.parent !== window) {
  const report = () =>
    window.parent.postMessage({ type: 'judgment-calls:height', height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
  new ResizeObserver(report).observe(document.body);
}
