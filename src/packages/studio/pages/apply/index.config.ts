export default definePageConfig({
  navigationBarTitleText: '申请设立流动工作室',
});
