export default definePageConfig({
  navigationBarTitleText: '工作室年度小结',
  enablePullDownRefresh: true,
});
