export default definePageConfig({
  navigationBarTitleText: '站点评价',
});
