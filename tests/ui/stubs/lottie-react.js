// lottie-web draws on a <canvas> at import time, which jsdom does not implement.
const React = require('react');
function Lottie() {
  return React.createElement('div', { 'data-testid': 'lottie-stub' });
}
module.exports = Lottie;
module.exports.default = Lottie;
module.exports.__esModule = true;
