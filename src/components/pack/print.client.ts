// The pack's "Print" button: the browser's own print dialog, which also saves a PDF.
document.querySelector('[data-print]')?.addEventListener('click', () => print());
