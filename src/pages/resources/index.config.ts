export default definePageConfig({
  navigationBarTitleText: '资源',
});
