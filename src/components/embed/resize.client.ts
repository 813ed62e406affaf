/*
 * An embedded dilemma tells the page around it how tall it is, whenever that
 * changes (answering shows the consequence and the tally). A host page that
 * listens can size the <iframe> to fit:
 *   addEventListener('message', (e) => e.data?.type === 'judgment-calls:height' && (frame.style.height = `${e.data.height}px`))
 * Pages that do not listen keep the height in the embed code.
 */
if (window.parent !== window) {
  const report = () => window.parent.postMessage({ type: 'judgment-calls:height', height: document.documentElement.scrollHeight }, '*');
  new ResizeObserver(report).observe(document.body);
}
