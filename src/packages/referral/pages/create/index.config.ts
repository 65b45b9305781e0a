export default definePageConfig({
  navigationBarTitleText: '移交线索',
});
