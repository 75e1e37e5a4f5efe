import { defineContentScript } from 'wxt/utils/define-content-script';
export default defineContentScript({
  matches: ['http://localhost/*'],
  main() {
    console.log('cs');
  },
});
