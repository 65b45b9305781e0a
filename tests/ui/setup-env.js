// Runs before the test framework: the platform the Taro runtime and the sources branch on.
process.env.TARO_ENV = 'h5';
