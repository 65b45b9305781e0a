export default definePageConfig({
  navigationBarTitleText: '我的服务需求',
  enablePullDownRefresh: true,
});
