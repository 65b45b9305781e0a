export default definePageConfig({
  navigationBarTitleText: '线索移交详情',
});
