export default definePageConfig({
  navigationBarTitleText: '审批时限设置',
});
