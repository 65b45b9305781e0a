export default definePageConfig({
  navigationBarTitleText: '流动工作室申请详情',
  enablePullDownRefresh: true,
});
