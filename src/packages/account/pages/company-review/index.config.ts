export default definePageConfig({
  navigationBarTitleText: '企业审核',
});
