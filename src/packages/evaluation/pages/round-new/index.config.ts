export default definePageConfig({
  navigationBarTitleText: '新建评价轮次',
});
