export default definePageConfig({
  navigationBarTitleText: '定向推送',
});
