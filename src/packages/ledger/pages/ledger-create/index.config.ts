export default definePageConfig({
  navigationBarTitleText: '新建台账企业',
});
