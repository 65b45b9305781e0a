export default definePageConfig({
  navigationBarTitleText: '编辑专项服务清单',
});
