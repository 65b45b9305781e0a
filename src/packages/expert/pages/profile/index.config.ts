export default definePageConfig({
  navigationBarTitleText: '专家资料',
});
