// Injected by the test server when a test asks for it: the browser refuses
// storage, as it does with some privacy settings or in a sandboxed frame.
Object.defineProperty(window, 'localStorage', {
  get() {
    throw new DOMException('Storage is blocked for this test.', 'SecurityError');
  },
});
