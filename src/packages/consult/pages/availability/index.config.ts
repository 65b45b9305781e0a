export default definePageConfig({
  navigationBarTitleText: '咨询时间',
});
