import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/base.css'
// ElMessage is called from TypeScript (the API client), so its style is not auto-imported.
import 'element-plus/theme-chalk/el-message.css'
import './styles/main.css'
import App from './App.vue'
import { createAppRouter } from './router'

createApp(App).use(createPinia()).use(createAppRouter()).mount('#app')
