export default definePageConfig({
  navigationBarTitleText: '服务评价档案',
  enablePullDownRefresh: true,
});
