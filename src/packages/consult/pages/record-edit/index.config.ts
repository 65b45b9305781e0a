export default definePageConfig({
  navigationBarTitleText: '填写咨询记录',
});
